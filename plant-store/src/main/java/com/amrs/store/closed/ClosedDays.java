package com.amrs.store.closed;

import com.amrs.core.shift.ProductionWindow;
import com.amrs.core.shift.ShiftCalendar;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dates of a window whose figures a reader may keep and take again (a machine's sums, stop times, coverage of a
 * day): dates after the window's first, at least five days before its last, long closed in the plant and in the
 * database's own calendar, so that every change to them and to the days around them is recorded in {@code
 * production_date_changes} (V19). What was worked out for such a date stays right while its {@link #token} stays
 * the same: it grows with any change to a date up to the day after (stops reach over from earlier days, a day's
 * coverage looks at the next day's first shift).
 */
public final class ClosedDays {

    private final LocalDate from;
    private final LocalDate last;
    private final TreeMap<LocalDate, Long> changedUpTo;
    private final long voided;
    private final Map<LocalDate, Long> tokens = new HashMap<>();
    private final Map<LocalDate, Instant> starts = new HashMap<>();

    private ClosedDays(
            ShiftCalendar calendar,
            ProductionWindow window,
            LocalDate last,
            TreeMap<LocalDate, Long> changedUpTo,
            long voided) {
        this.from = window.from();
        this.last = last;
        this.changedUpTo = changedUpTo;
        this.voided = voided;
        for (LocalDate date : window.dates()) {
            starts.put(date, calendar.dayStart(date));
            if (keeps(date)) {
                tokens.put(date, tokenOf(date));
            }
        }
    }

    public static ClosedDays of(JdbcClient jdbc, ShiftCalendar calendar, ProductionWindow window, Instant now) {
        if (!window.from().isBefore(window.to().minusDays(5))) { // a week or less: no closed date, nothing to ask
            return new ClosedDays(calendar, window, window.from(), new TreeMap<>(), 0);
        }
        return jdbc.sql("""
                        select current_date,
                               array_agg(production_date order by production_date)
                                   filter (where production_date <> 'infinity'),
                               array_agg(changed order by production_date) filter (where production_date <> 'infinity'),
                               coalesce(max(changed) filter (where production_date = 'infinity'), 0)
                        from production_date_changes
                        """)
                .query((rs, row) -> {
                    LocalDate databaseToday = rs.getObject(1, LocalDate.class);
                    LocalDate plantToday = calendar.slotOf(now).productionDate();
                    LocalDate last =
                            min(window.to().minusDays(5), min(plantToday.minusDays(6), databaseToday.minusDays(5)));
                    return of(calendar, window, last, dates(rs.getArray(2)), numbers(rs.getArray(3)), rs.getLong(4));
                })
                .single();
    }

    private static ClosedDays of(
            ShiftCalendar calendar,
            ProductionWindow window,
            LocalDate last,
            LocalDate[] dates,
            Long[] changed,
            long voided) {
        TreeMap<LocalDate, Long> upTo = new TreeMap<>();
        long sum = 0;
        for (int i = 0; i < dates.length; i++) {
            sum += changed[i];
            upTo.put(dates[i], sum);
        }
        return new ClosedDays(calendar, window, last, upTo, voided);
    }

    /** Whether a date's figures may be kept and taken again in this window. */
    public boolean keeps(LocalDate date) {
        return date.isAfter(from) && !date.isAfter(last);
    }

    /** The first date that {@link #keeps}, when {@link #any}. */
    public LocalDate firstKept() {
        return from.plusDays(1);
    }

    /** The last date that {@link #keeps}, when {@link #any}. */
    public LocalDate lastKept() {
        return last;
    }

    /** Whether the window has any such date. */
    public boolean any() {
        return from.isBefore(last);
    }

    /** What a date's kept figures must have been worked out with to be taken again. */
    public long token(LocalDate date) {
        Long token = tokens.get(date);
        return token != null ? token : tokenOf(date);
    }

    /** The start of a date of the window, as the shift calendar has it. */
    public Instant dayStart(LocalDate date) {
        return starts.get(date);
    }

    private long tokenOf(LocalDate date) {
        Map.Entry<LocalDate, Long> upTo = changedUpTo.floorEntry(date.plusDays(1));
        return voided + (upTo == null ? 0 : upTo.getValue());
    }

    private static LocalDate[] dates(Array array) throws SQLException {
        if (array == null) {
            return new LocalDate[0];
        }
        Object[] values = (Object[]) array.getArray();
        LocalDate[] dates = new LocalDate[values.length];
        for (int i = 0; i < values.length; i++) {
            dates[i] = ((java.sql.Date) values[i]).toLocalDate();
        }
        return dates;
    }

    private static Long[] numbers(Array array) throws SQLException {
        return array == null ? new Long[0] : (Long[]) array.getArray();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
