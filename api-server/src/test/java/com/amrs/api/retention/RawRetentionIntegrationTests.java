package com.amrs.api.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.api.support.TestDatabase;
import com.amrs.core.completeness.Gap;
import com.amrs.core.oee.LossWaterfall;
import com.amrs.core.shift.ProductionWindow;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.store.MachineFilter;
import com.amrs.store.completeness.CompletenessReader;
import com.amrs.store.completeness.WindowCompleteness;
import com.amrs.store.oee.OeeReader;
import com.amrs.store.production.MachineTotalsReader;
import com.amrs.store.production.MachineWindowTotals;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * DESIGN.md §18: {@code amrs.retention.raw-days} drops whole months of raw records and never a rollup, so that
 * the KPIs, the OEE and the completeness of a window reaching back past the horizon stay what they were.
 */
class RawRetentionIntegrationTests {

    private static final ShiftCalendar CALENDAR = ShiftCalendar.defaults(ZoneOffset.UTC);
    /** 29 July to 1 August 2026: the July partition is dropped, August's kept. */
    private static final ProductionWindow WINDOW =
            new ProductionWindow(LocalDate.of(2026, 7, 29), LocalDate.of(2026, 8, 1));

    private static final Instant NOW = Instant.parse("2026-11-01T12:00:00Z");
    private static final String SHIFT_TOTALS =
            "select * from production_shift_totals order by production_date, machine_id, shift";
    private static final String QUARTER_TOTALS =
            "select * from production_quarter_hour_totals order by production_date, machine_id, quarter_start";

    private static JdbcClient jdbc;

    @BeforeAll
    static void plantWithFourMonthsOfRecords() {
        jdbc = TestDatabase.migrated("amrs_raw_retention");
        jdbc.sql("select live_production_add_partitions(0, date '2026-06-01')")
                .query(String.class)
                .single();
        // M-1 every minute from 29 July 06:00 with a hole of 30 min in July and one of 20 min in August;
        // M-2 first seen on 30 July at 08:17, in the month that will be dropped
        jdbc.sql("""
                        insert into live_production (machine_id, production_date, shift, units_produced,
                                                     defective_units, downtime_min, state, source, recorded_at,
                                                     interval_sec, ideal_cycle_sec)
                        select machine, cast((t at time zone 'UTC') - interval '6 hours' as date),
                               case when extract(hour from t at time zone 'UTC') between 6 and 13 then 'A'
                                    when extract(hour from t at time zone 'UTC') between 14 and 21 then 'B'
                                    else 'C' end,
                               10, cast(extract(minute from t) as int) % 3, 0, 'RUNNING', 'collector', t, 60, 4.5
                        from (select 'M-1' as machine, t
                              from generate_series(timestamptz '2026-07-29 06:01:00+00',
                                                   timestamptz '2026-08-02 06:00:00+00', interval '1 minute') t
                              where t not between timestamptz '2026-07-30 10:01:00+00'
                                              and timestamptz '2026-07-30 10:30:00+00'
                                and t not between timestamptz '2026-08-01 12:01:00+00'
                                              and timestamptz '2026-08-01 12:20:00+00'
                              union all
                              select 'M-2', t
                              from generate_series(timestamptz '2026-07-30 08:18:00+00',
                                                   timestamptz '2026-08-02 06:00:00+00', interval '1 minute') t) r
                        """).update();
        jdbc.sql("""
                        insert into live_production (machine_id, production_date, shift, units_produced,
                                                     defective_units, downtime_min, state, source, recorded_at,
                                                     interval_sec, ideal_cycle_sec)
                        values ('M-3', '2026-06-15', 'A', 5, 0, 0, 'RUNNING', 'collector',
                                '2026-06-15 09:00:00+00', 60, 0)""").update();
        for (String at : List.of("2026-07-30T10:00:00Z", "2026-08-05T10:00:00Z")) {
            jdbc.sql("""
                            insert into validation_events (occurred_at, machine_id, field, old_value, new_value,
                                                           rule, source)
                            values (?, 'M-1', 'downtime_min', '2', '1', 'downtime_above_interval', 'collector')""").param(Timestamp.from(Instant.parse(at))).update();
        }
    }

    @Test
    void dropsOnlyTheWholeMonthsOlderThanTheSettingKeepingEveryRollupAndEveryFigure() {
        var shiftTotals = jdbc.sql(SHIFT_TOTALS).query().listOfRows();
        var quarterTotals = jdbc.sql(QUARTER_TOTALS).query().listOfRows();
        var totals = new MachineTotalsReader(jdbc).read(WINDOW, MachineFilter.all());
        var oee = oee(totals);
        var completeness = completeness();
        long augustRows = rows("live_production_2026_08");
        assertThat(holes(completeness))
                .containsExactly(Instant.parse("2026-07-30T10:00:00Z"), Instant.parse("2026-08-01T12:00:00Z"));

        // 1 November, 90 days: production dates from 3 August on are kept, so June and July go, August stays
        String dropped = retention(90).dropOldMonths();

        assertThat(dropped).isEqualTo("live_production_2026_06 live_production_2026_07");
        assertThat(partitions())
                .doesNotContain("live_production_2026_06", "live_production_2026_07")
                .contains("live_production_2026_08", "live_production_default");
        assertThat(rows("live_production_2026_08")).isEqualTo(augustRows);
        assertThat(jdbc.sql("select count(*) from live_production where production_date < '2026-08-01'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql(SHIFT_TOTALS).query().listOfRows()).isEqualTo(shiftTotals);
        assertThat(jdbc.sql(QUARTER_TOTALS).query().listOfRows()).isEqualTo(quarterTotals);

        assertThat(new MachineTotalsReader(jdbc).read(WINDOW, MachineFilter.all()))
                .isEqualTo(totals);
        assertThat(oee(totals)).isEqualTo(oee);
        var after = completeness();
        assertThat(after.plant().percent()).isEqualTo(completeness.plant().percent());
        assertThat(after.plant().expectedMin())
                .as("M-2 expected from its first record on, though that record is gone")
                .isEqualTo(completeness.plant().expectedMin());
        assertThat(after.plant().coveredMin()).isCloseTo(completeness.plant().coveredMin(), within());
        assertThat(holes(after))
                .as("the July hole still counts, but only August's can be placed")
                .containsExactly(Instant.parse("2026-08-01T12:00:00Z"));
    }

    @Test
    void keepsEverythingYoungerThanTheSettingAndDeletesOldValidationEvents() {
        assertThat(retention(400).dropOldMonths()).isEmpty();
        assertThat(partitions()).contains("live_production_2026_08");

        assertThat(retention(90).pruneValidationEvents()).isEqualTo(1);
        assertThat(jdbc.sql("select occurred_at from validation_events")
                        .query(Timestamp.class)
                        .list())
                .extracting(Timestamp::toInstant)
                .containsExactly(Instant.parse("2026-08-05T10:00:00Z"));
    }

    private static RawPartitions retention(int rawDays) {
        return new RawPartitions(jdbc, Clock.fixed(NOW, ZoneOffset.UTC), CALENDAR, new RetentionProperties(rawDays));
    }

    private static Map<String, LossWaterfall> oee(List<MachineWindowTotals> totals) {
        return new OeeReader(jdbc, CALENDAR, Duration.ofMinutes(2))
                .byMachine(
                        WINDOW,
                        MachineFilter.all(),
                        totals.stream().map(MachineWindowTotals::totals).toList(),
                        NOW);
    }

    /** Of the machines with records in the window (M-3's last record is of June). */
    private static WindowCompleteness completeness() {
        return new CompletenessReader(jdbc, CALENDAR)
                .read(WINDOW, MachineFilter.of(List.of("M-1", "M-2")), NOW, id -> false);
    }

    /** Where the gaps of more than a minute begin (each machine's last minute of the window is one too). */
    private static List<Instant> holes(WindowCompleteness completeness) {
        return completeness.plant().gaps().stream()
                .filter(gap -> Duration.between(gap.from(), gap.to()).toMinutes() > 1)
                .map(Gap::from)
                .toList();
    }

    private static Offset<Double> within() {
        return Offset.offset(1e-6);
    }

    private static List<String> partitions() {
        return jdbc.sql(
                        "select inhrelid::regclass::text from pg_inherits where inhparent = 'live_production'::regclass")
                .query(String.class)
                .list();
    }

    private static long rows(String partition) {
        return jdbc.sql("select count(*) from " + partition).query(Long.class).single();
    }
}
