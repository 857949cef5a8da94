package com.amrs.api.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amrs.api.support.RestIntegrationTest;
import com.amrs.api.system.PlantShiftsTable;
import com.amrs.core.shift.ShiftCalendar;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rows typed in with psql without {@code recorded_at} and {@code interval_sec} (migration V8): stamped at
 * their shift's start in plant time, +1 µs for each further row of the machine, shift and source, the
 * first covering the shift; so they count in the KPIs and in the hourly trend at the shift's first hour.
 * The test plant is on UTC with shifts A 06:00, B 14:00, C 22:00; today is 2026-01-26.
 */
class PsqlInsertIntegrationTests extends RestIntegrationTest {

    @Autowired
    PlantShiftsTable plantShifts;

    @Autowired
    ShiftCalendar calendar;

    @AfterEach
    void restoreCalendar() {
        plantShifts.write(calendar);
    }

    @Test
    void theApiServerWritesItsShiftCalendarAtStartUp() {
        var shifts = jdbc.sql("select name, starts_at::text, ends_at::text, time_zone from plant_shifts order by name")
                .query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();

        assertThat(shifts)
                .containsExactly(
                        List.of("A", "06:00:00", "14:00:00", "UTC"),
                        List.of("B", "14:00:00", "22:00:00", "UTC"),
                        List.of("C", "22:00:00", "06:00:00", "UTC"));
    }

    @Test
    void threeRowsOfOneMachineAndShiftAreAllStoredFromTheShiftStart() {
        jdbc.sql("""
                        insert into live_production (machine_id, production_date, shift, units_produced, defective_units,
                                                     downtime_min, state, source)
                        values ('M1', '2026-01-26', 'A', 100, 1, 12, 'RUNNING', 'manual'),
                               ('M1', '2026-01-26', 'A', 200, 2, 0, 'RUNNING', 'manual'),
                               ('M1', '2026-01-26', 'A', 300, 3, 0, 'RUNNING', 'manual')
                        """).update();

        assertThat(stamps("M1"))
                .containsExactly(
                        Map.entry("2026-01-26T06:00:00Z", 28800.0),
                        Map.entry("2026-01-26T06:00:00.000001Z", 0.0),
                        Map.entry("2026-01-26T06:00:00.000002Z", 0.0));
        var hours = assertThat(mvc.get().uri("/api/production/hourly?days=1"))
                .hasStatusOk()
                .bodyJson();
        hours.extractingPath("$.length()").isEqualTo(1);
        hours.extractingPath("$[0].hour_start").isEqualTo("2026-01-26T06:00:00Z");
        hours.extractingPath("$[0].units_produced").isEqualTo(600);
        // the shift is covered once: shift A until 10:00, 240 of 240 min
        var kpis = assertThat(mvc.get().uri("/api/kpis?days=1")).hasStatusOk().bodyJson();
        kpis.extractingPath("$.total_units").isEqualTo(600);
        kpis.extractingPath("$.total_defects").isEqualTo(6);
        kpis.extractingPath("$.total_downtime_min").isEqualTo(12.0);
        kpis.extractingPath("$.completeness.covered_min").isEqualTo(240.0);
        kpis.extractingPath("$.completeness.expected_min").isEqualTo(240.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"'Infinity'", "'NaN'", "1e300"})
    void refusesADowntimeThatIsNotAFiniteNumberOfPlausibleSize(String downtime) {
        assertThatThrownBy(() -> jdbc.sql("""
                                insert into live_production (machine_id, production_date, shift, units_produced,
                                                             defective_units, downtime_min, state, source)
                                values ('M1', '2026-01-26', 'A', 10, 0, %s, 'RUNNING', 'manual')""".formatted(downtime)).update())
                .hasMessageContaining("live_production_doubles_bounded_ck");

        assertThat(jdbc.sql("select count(*) from production_shift_totals")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aLaterInsertForTheSameShiftGoesAfterTheRowsBefore() {
        insertWithoutInstant("M1", "2026-01-26", "B", 10);
        insertWithoutInstant("M1", "2026-01-26", "B", 20);
        insertWithoutInstant("M2", "2026-01-26", "B", 30);

        assertThat(stamps("M1"))
                .containsExactly(
                        Map.entry("2026-01-26T14:00:00Z", 28800.0), Map.entry("2026-01-26T14:00:00.000001Z", 0.0));
        assertThat(stamps("M2")).containsExactly(Map.entry("2026-01-26T14:00:00Z", 28800.0));
    }

    @Test
    void aNightShiftBelongsToTheDateItBegan() {
        insertWithoutInstant("M1", "2026-01-25", "C", 50);

        assertThat(stamps("M1")).containsExactly(Map.entry("2026-01-25T22:00:00Z", 28800.0));
        assertThat(mvc.get().uri("/api/production/hourly?days=2"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].hour_start")
                .isEqualTo("2026-01-25T22:00:00Z");
    }

    @Test
    void shiftStartsAreThePlantsLocalTimes() {
        plantShifts.write(ShiftCalendar.defaults(ZoneId.of("Europe/Berlin")));
        insertWithoutInstant("M1", "2026-01-26", "A", 1);
        // the night of the change to summer time is an hour shorter: 22:00 CET to 06:00 CEST
        insertWithoutInstant("M2", "2026-03-28", "C", 1);
        plantShifts.write(ShiftCalendar.defaults(ZoneOffset.ofHoursMinutes(5, 30)));
        insertWithoutInstant("M3", "2026-01-26", "A", 1);

        assertThat(stamps("M1")).containsExactly(Map.entry("2026-01-26T05:00:00Z", 28800.0));
        assertThat(stamps("M2")).containsExactly(Map.entry("2026-03-28T21:00:00Z", 25200.0));
        assertThat(stamps("M3")).containsExactly(Map.entry("2026-01-26T00:30:00Z", 28800.0));
    }

    @Test
    void anUnknownShiftStartsAtMidnightOfItsDateAndCoversNoTime() {
        insertWithoutInstant("M1", "2026-01-26", "Z", 5);

        assertThat(stamps("M1")).containsExactly(Map.entry("2026-01-26T00:00:00Z", 0.0));
    }

    @Test
    void aRowThatGivesItsInstantKeepsIt() {
        jdbc.sql("""
                        insert into live_production (machine_id, production_date, shift, units_produced, defective_units,
                                                     downtime_min, state, source, recorded_at)
                        values ('M1', '2026-01-26', 'A', 7, 0, 0, 'RUNNING', 'manual', '2026-01-26T09:41:00Z')
                        """).update();

        assertThat(stamps("M1")).containsExactly(Map.entry("2026-01-26T09:41:00Z", 0.0));
    }

    private void insertWithoutInstant(String machine, String date, String shift, long units) {
        jdbc.sql("""
                        insert into live_production (machine_id, production_date, shift, units_produced, defective_units,
                                                     downtime_min, state, source)
                        values (?, cast(? as date), ?, ?, 0, 0, 'RUNNING', 'manual')
                        """).params(machine, date, shift, units).update();
    }

    /** recorded_at and interval_sec of the machine's rows, in order of recorded_at. */
    private List<Map.Entry<String, Double>> stamps(String machine) {
        return jdbc.sql(
                        "select recorded_at, interval_sec from live_production where machine_id = ? order by recorded_at")
                .param(machine)
                .query((rs, row) -> Map.entry(rs.getTimestamp(1).toInstant().toString(), rs.getDouble(2)))
                .list();
    }
}
