package com.amrs.api.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.api.live.LiveSnapshot;
import com.amrs.api.support.ProductionRows;
import com.amrs.api.support.RestIntegrationTest;
import com.amrs.core.machine.MachineState;
import com.amrs.core.production.ProductionRecord;
import java.math.BigInteger;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One machine whose shifts each hold the largest {@code bigint} (typed in with psql) must not cost
 * the others their numbers, nor answer 500 (DESIGN §13): its sums are exact integers beyond a
 * {@code long}, the others' numbers those of {@link KpiIntegrationTests}. Today is 2026-01-26 (UTC):
 *
 * <pre>
 * machine  shift units                defects              downtime ideal cycle
 * BIG      A     9223372036854775807  7                    30.00    0
 * BIG      B     9223372036854775807  9223372036854775807   0.00    0
 * M1       A     12000                240                  30.00    2.0 s
 * M2       A     15000                300                  12.25    1.5 s
 * </pre>
 */
class HugeTotalsIntegrationTests extends RestIntegrationTest {

    private static final long MAX = Long.MAX_VALUE;
    private static final double SHIFT_SEC = 8 * 3600;

    @Autowired
    LiveSnapshot snapshot;

    @BeforeEach
    void insertRows() {
        ProductionRows.insert(jdbc, "BIG", TODAY, "A", MAX, 7, 30.0, SHIFT_SEC, 0, at("2026-01-26T06:00:00Z"));
        ProductionRows.insert(jdbc, "BIG", TODAY, "B", MAX, MAX, 0.0, SHIFT_SEC, 0, at("2026-01-26T14:00:00Z"));
        ProductionRows.insert(jdbc, "M1", TODAY, "A", 12000, 240, 30.0, SHIFT_SEC, 2.0, at("2026-01-26T09:00:00Z"));
        ProductionRows.insert(jdbc, "M2", TODAY, "A", 15000, 300, 12.25, SHIFT_SEC, 1.5, at("2026-01-26T09:30:00Z"));
    }

    @AfterEach
    void emptySnapshot() {
        snapshot.load(TODAY.plusYears(100));
    }

    @Test
    void kpisSumAllMachinesExactlyBeyondTheLargestLong() {
        var json = assertThat(mvc.get().uri("/api/kpis?days=1")).hasStatusOk().bodyJson();

        // 2 x 9223372036854775807 + 12000 + 15000; 7 + 9223372036854775807 + 240 + 300
        json.extractingPath("$.total_units").isEqualTo(new BigInteger("18446744073709578614"));
        json.extractingPath("$.total_defects").isEqualTo(new BigInteger("9223372036854776354"));
        // good 9223372036854802260 of 18446744073709578614 units = 50.00000000000007 %
        json.extractingPath("$.yield_percentage").isEqualTo(50.0);
        json.extractingPath("$.defect_rate").isEqualTo(50.0);
        json.extractingPath("$.total_downtime_min").isEqualTo(72.25);
        json.extractingPath("$.machine_count").isEqualTo(3);
    }

    @Test
    void theOtherMachinesKeepTheirExactKpis() {
        var json = assertThat(mvc.get().uri("/api/kpis?days=1&machine_id=M1"))
                .hasStatusOk()
                .bodyJson();

        // planned: shift A until 10:00 = 240 min, no stops: availability 100 %; 12,000 units at 2.0 s would
        // take 400 min: performance 400 / 240 = 166.67 % (above 100 % whenever units come faster than the ideal
        // cycle); quality 11760 / 12000 = 98 %; oee 1 x 1.6667 x 0.98 = 163.33 %
        json.extractingPath("$.total_units").isEqualTo(12000);
        json.extractingPath("$.total_defects").isEqualTo(240);
        json.extractingPath("$.yield_percentage").isEqualTo(98.0);
        json.extractingPath("$.availability").isEqualTo(100.0);
        json.extractingPath("$.performance").isEqualTo(166.67);
        json.extractingPath("$.oee").isEqualTo(163.33);
    }

    @Test
    void listsTheHugeMachineExactlyBesideTheOthers() {
        var json =
                assertThat(mvc.get().uri("/api/machines?days=1")).hasStatusOk().bodyJson();

        json.extractingPath("$[*].machine_id").asArray().containsExactly("BIG", "M1", "M2");
        json.extractingPath("$[0].units_produced").isEqualTo(new BigInteger("18446744073709551614"));
        json.extractingPath("$[0].defective_units").isEqualTo(new BigInteger("9223372036854775814"));
        json.extractingPath("$[0].downtime_minutes").isEqualTo(30.0);
        json.extractingPath("$[1].units_produced").isEqualTo(12000);
        json.extractingPath("$[1].oee").isEqualTo(163.33);
        json.extractingPath("$[2].units_produced").isEqualTo(15000);
        json.extractingPath("$[2].defective_units").isEqualTo(300);
        // 15,000 units at 1.5 s = 375 min in 240: 156.25 % x quality 98 %
        json.extractingPath("$[2].oee").isEqualTo(153.13);

        assertThat(mvc.get().uri("/api/machines/BIG?days=1"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.units_produced")
                .isEqualTo(new BigInteger("18446744073709551614"));
    }

    @Test
    void listsEachShiftOfTheHugeMachine() {
        var json = assertThat(mvc.get().uri("/api/production?days=1&machine_id=BIG"))
                .hasStatusOk()
                .bodyJson();

        json.extractingPath("$.length()").isEqualTo(2);
        json.extractingPath("$[0].units_produced").isEqualTo(MAX);
        json.extractingPath("$[1].defective_units").isEqualTo(MAX);
    }

    @Test
    void sumsTheHoursOfTwoShiftsRecordedInOneHourExactly() {
        // rows typed in with psql may put two shifts' records into one hour
        jdbc.sql("delete from live_production where machine_id = 'BIG' and shift = 'B'")
                .update();
        ProductionRows.insert(jdbc, "BIG", TODAY, "B", MAX, MAX, 0.0, SHIFT_SEC, 0, at("2026-01-26T06:30:00Z"));

        var json = assertThat(mvc.get().uri("/api/production/hourly?days=1&machine_id=BIG"))
                .hasStatusOk()
                .bodyJson();

        json.extractingPath("$.length()").isEqualTo(1);
        json.extractingPath("$[0].hour_start").isEqualTo("2026-01-26T06:00:00Z");
        json.extractingPath("$[0].units_produced").isEqualTo(new BigInteger("18446744073709551614"));
        json.extractingPath("$[0].defective_units").isEqualTo(new BigInteger("9223372036854775814"));
    }

    @Test
    void aHugeRowCanBeCorrectedWithAnUpdate() {
        // the rollups subtract the old row before they add the new one, so no sum passes the bigint's top
        jdbc.sql("update live_production set units_produced = 1000, defective_units = 10 where machine_id = 'BIG'")
                .update();

        var json = assertThat(mvc.get().uri("/api/kpis?days=1&machine_id=BIG"))
                .hasStatusOk()
                .bodyJson();
        json.extractingPath("$.total_units").isEqualTo(2000);
        json.extractingPath("$.total_defects").isEqualTo(20);
    }

    @Test
    void liveTotalsLoadAndGrowExactly() {
        snapshot.load(TODAY);
        snapshot.add(new ProductionRecord(
                "BIG", TODAY, "B", MAX, 1, 0, MachineState.RUNNING, "opcua", at("2026-01-26T14:00:05Z")));
        snapshot.add(new ProductionRecord(
                "M1", TODAY, "A", 5, 0, 0, MachineState.RUNNING, "opcua", at("2026-01-26T09:00:05Z")));

        var json = assertThat(mvc.get().uri("/api/machines/live")).hasStatusOk().bodyJson();

        json.extractingPath("$[*].machine_id").asArray().containsExactly("BIG", "M1", "M2");
        // 3 x 9223372036854775807; defects 7 + 9223372036854775807 + 1
        json.extractingPath("$[0].units_produced").isEqualTo(new BigInteger("27670116110564327421"));
        json.extractingPath("$[0].defective_units").isEqualTo(new BigInteger("9223372036854775815"));
        json.extractingPath("$[1].units_produced").isEqualTo(12005);
        json.extractingPath("$[2].units_produced").isEqualTo(15000);
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
