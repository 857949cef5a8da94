package com.amrs.core.shift;

import static com.amrs.core.Arguments.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The production dates without planned time (DESIGN §14, {@code amrs.plant.non-production-days}):
 * every date on one of the weekdays, and the dates listed. A shift belongs to the date it started on,
 * so with Saturday listed the night shift from Friday to Saturday is still planned.
 */
public record NonProductionDays(Set<DayOfWeek> weekdays, Set<LocalDate> dates) {

    /** Every day is a production day. */
    public static final NonProductionDays NONE = new NonProductionDays(Set.of(), Set.of());

    public NonProductionDays {
        weekdays = Collections.unmodifiableSortedSet(new TreeSet<>(requireNonNull(weekdays, "weekdays")));
        dates = Collections.unmodifiableSortedSet(new TreeSet<>(requireNonNull(dates, "dates")));
    }

    /**
     * Reads the configured entries, each a weekday name in any case ({@code SATURDAY}, {@code sunday})
     * or an ISO date ({@code 2026-12-25}). A bad entry fails with a message that starts with its index,
     * {@code [2] = "foo": ...}, for the caller to put the key in front.
     */
    public static NonProductionDays parse(List<String> entries) {
        requireNonNull(entries, "entries");
        Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
        Set<LocalDate> dates = new TreeSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i) == null ? "" : entries.get(i).strip();
            try {
                weekdays.add(DayOfWeek.valueOf(entry.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException notAWeekday) {
                try {
                    dates.add(LocalDate.parse(entry));
                } catch (DateTimeParseException notADate) {
                    throw new IllegalArgumentException("[" + i + "] = \"" + entries.get(i)
                            + "\": neither a weekday name (MONDAY .. SUNDAY, any case) nor an ISO date (2026-12-25)");
                }
            }
        }
        return new NonProductionDays(weekdays, dates);
    }

    public boolean contains(LocalDate productionDate) {
        requireNonNull(productionDate, "productionDate");
        return weekdays.contains(productionDate.getDayOfWeek()) || dates.contains(productionDate);
    }

    public boolean isEmpty() {
        return weekdays.isEmpty() && dates.isEmpty();
    }
}
