package com.amrs.api.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.api.support.TestDatabase;
import com.amrs.core.downtime.StopCategory;
import com.amrs.core.oee.LossWaterfall;
import com.amrs.core.oee.OeeInput;
import com.amrs.core.oee.PlannedTime;
import com.amrs.core.oee.Stop;
import com.amrs.core.shift.ProductionWindow;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.store.MachineFilter;
import com.amrs.store.completeness.CompletenessReader;
import com.amrs.store.completeness.WindowCompleteness;
import com.amrs.store.oee.AsOf;
import com.amrs.store.oee.OeeReader;
import com.amrs.store.production.FirstSeenReader;
import com.amrs.store.production.MachineTotalsReader;
import com.amrs.store.production.MachineWindowTotals;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 19: a long window takes the figures of its closed days (sums, stop times, coverage) from what the readers
 * worked out before, and gives exactly what working out the whole window gives: taken again day by day or as a
 * whole run, for other windows over the same days, for one machine, and after late records, a changed stop, a new
 * stop and retention change closed days.
 */
class ClosedDaysIntegrationTests {

    private static final ShiftCalendar CALENDAR = ShiftCalendar.defaults(ZoneOffset.UTC);
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final ProductionWindow MONTH =
            new ProductionWindow(LocalDate.of(2026, 10, 21), LocalDate.of(2026, 11, 20));
    private static final ProductionWindow LATER = new ProductionWindow(LocalDate.of(2026, 10, 30), MONTH.to());
    private static final Duration MICRO_STOP = Duration.ofMinutes(2);
    private static final Comparator<Double> CLOSE =
            (a, b) -> Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)) ? 0 : Double.compare(a, b);

    private static JdbcClient jdbc;

    @BeforeAll
    static void fourMachinesOverAMonth() {
        jdbc = TestDatabase.migrated("amrs_closed_days");
        jdbc.sql("truncate live_production, machine_stops, live_production_retention")
                .update();
        jdbc.sql("select setseed(0.19)").query().listOfRows();
        // every 5 minutes, about 2 % of records missing, an hour missing over each day's change on the 3rd, 11th and
        // 24th; M-2 first seen on 28 October at 09:13, M-3 silent from 15 November on
        jdbc.sql("""
                        insert into live_production (machine_id, production_date, shift, units_produced,
                                                     defective_units, downtime_min, state, source, recorded_at,
                                                     interval_sec, ideal_cycle_sec)
                        select machine, cast((t at time zone 'UTC') - interval '6 hours' as date),
                               case when extract(hour from t at time zone 'UTC') between 6 and 13 then 'A'
                                    when extract(hour from t at time zone 'UTC') between 14 and 21 then 'B'
                                    else 'C' end,
                               40 + floor(random() * 20)::int, floor(random() * 3)::int, random() * 0.5, 'RUNNING',
                               'collector', t, 300, 4.5
                        from (select m.machine, t
                              from (values ('M-1', timestamptz '2026-10-18 06:05:00+00'),
                                           ('M-2', timestamptz '2026-10-28 09:13:00+00'),
                                           ('M-3', timestamptz '2026-10-18 06:05:00+00'),
                                           ('M-4', timestamptz '2026-10-18 06:05:00+00')) m (machine, first),
                                   generate_series(m.first, timestamptz '2026-11-20 11:55:00+00',
                                                   interval '5 minutes') t
                              where random() > 0.02
                                and not (m.machine = 'M-3' and t >= timestamptz '2026-11-15 06:00:00+00')
                                and not (extract(day from t) in (3, 11, 24)
                                         and cast(t as time) between time '05:30' and time '06:30')) r
                        """).update();
        // each machine stops every 3 hours give or take, for 30 s to 40 min, one stop in five planned; some reach
        // over a day's change; M-4 stops from 19 October, before the month, to 23 October
        jdbc.sql("""
                        insert into machine_stops (machine_id, started_at, ended_at, duration_sec, state, reason,
                                                   category, production_date, shift)
                        select machine, s, s + d, extract(epoch from d), 'DOWN', 'Unassigned',
                               case when random() < 0.2 then 'planned' else 'unplanned' end,
                               cast((s at time zone 'UTC') - interval '6 hours' as date),
                               case when extract(hour from s at time zone 'UTC') between 6 and 13 then 'A'
                                    when extract(hour from s at time zone 'UTC') between 14 and 21 then 'B'
                                    else 'C' end
                        from (select machine, s + random() * interval '2 hours' as s,
                                     interval '30 seconds' + random() * interval '40 minutes' as d
                              from (values ('M-1'), ('M-2'), ('M-3'), ('M-4')) m (machine),
                                   generate_series(timestamptz '2026-10-18 05:00:00+00',
                                                   timestamptz '2026-11-20 09:00:00+00', interval '3 hours') s
                              where not (machine = 'M-4' and s < timestamptz '2026-10-23 09:00:00+00')) r
                        """).update();
        stop("M-4", "2026-10-19T10:00:00Z", "2026-10-23T08:00:00Z", "unplanned");
        stop("M-1", "2026-11-05T05:59:00Z", "2026-11-05T06:00:30Z", "unplanned");
        stop("M-2", "2026-11-07T05:58:00Z", "2026-11-07T06:20:00Z", "planned");
    }

    @Test
    void aMonthFromKeptDaysEqualsTheMonthWorkedOutWhole() {
        var kept = new Readers();

        for (ProductionWindow window : List.of(MONTH, MONTH, LATER, MONTH, MONTH)) {
            assertSame(kept, window, MachineFilter.all());
            assertSame(kept, window, MachineFilter.of(List.of("M-2")));
        }
    }

    @Test
    void aChangedClosedDayIsWorkedOutAgain() {
        var kept = new Readers();
        assertSame(kept, MONTH, MachineFilter.all());

        jdbc.sql("""
                        insert into live_production (machine_id, production_date, shift, units_produced,
                                                     defective_units, downtime_min, state, source, recorded_at,
                                                     interval_sec, ideal_cycle_sec)
                        values ('M-1', '2026-11-02', 'C', 1000, 0, 0, 'RUNNING', 'replay',
                                '2026-11-03 05:40:00+00', 300, 4.5)""").update();
        assertSame(kept, MONTH, MachineFilter.all());

        jdbc.sql("""
                        update machine_stops set category = 'planned'
                        where machine_id = 'M-3' and production_date = '2026-11-01' and category = 'unplanned'""").update();
        assertSame(kept, MONTH, MachineFilter.all());

        stop("M-4", "2026-11-08T05:50:00Z", "2026-11-08T06:40:00Z", "unplanned");
        assertSame(kept, MONTH, MachineFilter.all());

        jdbc.sql("insert into live_production_retention (kept_from) values ('2026-11-06')")
                .update();
        assertSame(kept, MONTH, MachineFilter.all());
        assertSame(kept, MONTH, MachineFilter.all());
    }

    @Test
    void keptDaysAreTakenAgainUntilTheirDateChanges() {
        var kept = new Readers();
        var before = kept.totals(MONTH, MachineFilter.all());
        jdbc.sql("alter table production_shift_totals disable trigger production_shift_totals_updated")
                .update();
        try {
            jdbc.sql("""
                            update production_shift_totals set units_produced = units_produced + 1000000
                            where machine_id = 'M-4' and production_date = '2026-11-01' and shift = 'B'""").update();
        } finally {
            jdbc.sql("alter table production_shift_totals enable trigger production_shift_totals_updated")
                    .update();
        }

        assertThat(kept.totals(MONTH, MachineFilter.all()))
                .as("an unrecorded change is not seen: the kept day is taken")
                .isEqualTo(before);
        jdbc.sql("""
                        update production_shift_totals set units_produced = units_produced - 1000000
                        where machine_id = 'M-4' and production_date = '2026-11-01' and shift = 'B'""").update();
        assertSame(kept, MONTH, MachineFilter.all());
    }

    @Test
    void twoPlantsWithTheSameMachinesKeepTheirClosedDaysApart() {
        jdbc.sql("""
                        insert into live_production (machine_id, production_date, shift, units_produced,
                                                     defective_units, downtime_min, state, source, recorded_at,
                                                     interval_sec, ideal_cycle_sec, plant_id)
                        select machine_id, production_date, shift, units_produced * 2, defective_units, downtime_min,
                               state, source, recorded_at, interval_sec, ideal_cycle_sec, 'south'
                        from live_production where plant_id = 'default' and machine_id <> 'M-2'""").update();
        jdbc.sql("""
                        insert into machine_stops (machine_id, started_at, ended_at, duration_sec, state, reason,
                                                   category, production_date, shift, plant_id)
                        select machine_id, started_at, ended_at, duration_sec, state, reason, 'planned',
                               production_date, shift, 'south'
                        from machine_stops where plant_id = 'default'""").update();
        try {
            var kept = new Readers();
            MachineFilter north = MachineFilter.all().inPlant("default");
            MachineFilter south = MachineFilter.all().inPlant("south");
            for (int round = 0; round < 2; round++) {
                assertSame(kept, MONTH, north);
                assertSame(kept, MONTH, south);
                assertSame(kept, MONTH, MachineFilter.of(List.of("M-1")).inPlant("south"));
            }
            Map<String, BigInteger> northUnits = units(kept.totals(MONTH, north));
            Map<String, BigInteger> southUnits = units(kept.totals(MONTH, south));
            assertThat(southUnits).containsOnlyKeys("M-1", "M-3", "M-4");
            southUnits.forEach((machine, units) -> assertThat(units)
                    .as(machine)
                    .isEqualTo(northUnits.get(machine).shiftLeft(1)));
            assertThat(kept.oee(MONTH, south).get("M-1").plannedStopsMin())
                    .as("south's stops are all planned, north's mostly not")
                    .isGreaterThan(kept.oee(MONTH, north).get("M-1").plannedStopsMin());
        } finally {
            jdbc.sql("delete from live_production where plant_id = 'south'").update();
            jdbc.sql("delete from machine_stops where plant_id = 'south'").update();
        }
    }

    private static Map<String, BigInteger> units(List<MachineWindowTotals> totals) {
        Map<String, BigInteger> units = new TreeMap<>();
        totals.forEach(
                machine -> units.put(machine.machineId(), machine.totals().unitsProduced()));
        return units;
    }

    private static void assertSame(Readers kept, ProductionWindow window, MachineFilter filter) {
        var whole = new Readers();
        var expectedTotals = new MachineTotalsReader(jdbc).read(window, filter);
        assertThat(kept.totals(window, filter))
                .usingRecursiveFieldByFieldElementComparator(
                        org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                                .withComparatorForType(CLOSE, Double.class)
                                .build())
                .containsExactlyElementsOf(expectedTotals);
        assertThat(kept.oee(window, filter))
                .usingRecursiveComparison()
                .withComparatorForType(CLOSE, Double.class)
                .isEqualTo(wholeOee(window, filter, expectedTotals));
        WindowCompleteness expected = whole.completeness(window, filter);
        assertThat(expected.plant().gaps()).isNotEmpty();
        assertThat(kept.completeness(window, filter))
                .usingRecursiveComparison()
                .withComparatorForType(CLOSE, Double.class)
                .isEqualTo(expected);
    }

    /** The loss waterfalls as ISO 22400 has them over the whole window: every stop of its dates, no day kept. */
    private static Map<String, LossWaterfall> wholeOee(
            ProductionWindow window, MachineFilter filter, List<MachineWindowTotals> totals) {
        PlannedTime planned = PlannedTime.of(CALENDAR, window).until(AsOf.of(NOW));
        Map<String, Instant> seen = new FirstSeenReader(jdbc).read(window, filter, window.startInstant(CALENDAR));
        Map<String, List<Stop>> stops = new TreeMap<>();
        jdbc.sql("""
                        select machine_id, started_at, coalesce(ended_at, greatest(started_at, :now)), category
                        from machine_stops
                        where production_date between :from and :to
                          and (cast(:machines as text[]) is null or machine_id = any(cast(:machines as text[])))
                          and (cast(:plant as text) is null or plant_id = cast(:plant as text))
                        """)
                .param("plant", filter.plantParameter())
                .param("now", java.sql.Timestamp.from(AsOf.of(NOW)))
                .param("from", window.from())
                .param("to", window.to())
                .param("machines", filter.parameter())
                .query(rs -> {
                    stops.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
                            .add(new Stop(
                                    rs.getTimestamp(2).toInstant(),
                                    rs.getTimestamp(3).toInstant(),
                                    StopCategory.parse(rs.getString(4))));
                });
        Map<String, LossWaterfall> losses = new LinkedHashMap<>();
        for (MachineWindowTotals machine : totals) {
            String id = machine.machineId();
            losses.put(
                    id,
                    LossWaterfall.of(new OeeInput(
                            seen.containsKey(id) ? planned.from(seen.get(id)) : planned,
                            stops.getOrDefault(id, List.of()),
                            MICRO_STOP,
                            machine.totals().unitsProduced(),
                            machine.totals().goodUnits(),
                            machine.totals().idealCycleTimeSeconds())));
        }
        stops.forEach((id, own) -> losses.computeIfAbsent(
                id,
                only -> LossWaterfall.of(new OeeInput(
                        seen.containsKey(id) ? planned.from(seen.get(id)) : planned,
                        own,
                        MICRO_STOP,
                        BigInteger.ZERO,
                        BigInteger.ZERO,
                        0))));
        return losses;
    }

    private static void stop(String machine, String from, String to, String category) {
        Instant start = Instant.parse(from);
        jdbc.sql("""
                        insert into machine_stops (machine_id, started_at, ended_at, duration_sec, state, reason,
                                                   category, production_date, shift)
                        values (?, ?, ?, ?, 'DOWN', 'Unassigned', ?, ?, ?)""")
                .params(
                        machine,
                        java.sql.Timestamp.from(start),
                        java.sql.Timestamp.from(Instant.parse(to)),
                        Duration.between(start, Instant.parse(to)).toSeconds(),
                        category,
                        CALENDAR.slotOf(start).productionDate(),
                        CALENDAR.slotOf(start).shift())
                .update();
    }

    /** The three readers as the api-server holds them: each keeps what it worked out. */
    private static final class Readers {

        private final MachineTotalsReader totals = new MachineTotalsReader(jdbc, CALENDAR);
        private final OeeReader oee = new OeeReader(jdbc, CALENDAR, MICRO_STOP);
        private final CompletenessReader completeness = new CompletenessReader(jdbc, CALENDAR);

        List<MachineWindowTotals> totals(ProductionWindow window, MachineFilter filter) {
            return totals.read(window, filter, NOW);
        }

        Map<String, LossWaterfall> oee(ProductionWindow window, MachineFilter filter) {
            var sums = totals.read(window, filter).stream()
                    .map(MachineWindowTotals::totals)
                    .toList();
            return oee.byMachine(window, filter, sums, NOW);
        }

        WindowCompleteness completeness(ProductionWindow window, MachineFilter filter) {
            return completeness.read(window, filter, NOW, machine -> false);
        }
    }
}
