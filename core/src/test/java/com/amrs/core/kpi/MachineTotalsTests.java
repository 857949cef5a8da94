package com.amrs.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.amrs.core.machine.MachineState;
import com.amrs.core.production.ProductionRecord;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MachineTotalsTests {

    private static final Map<String, Double> IDEAL_SECONDS = Map.of("OPC-UA-M1", 30.0, "OPC-UA-M2", 45.0);

    private static ProductionRecord record(String machineId, long units, long defects, double downtimeMin) {
        return new ProductionRecord(
                machineId,
                LocalDate.of(2026, 1, 26),
                "A",
                units,
                defects,
                downtimeMin,
                MachineState.RUNNING,
                "opcua",
                Instant.parse("2026-01-26T08:00:05Z"));
    }

    private static final List<ProductionRecord> RECORDS = List.of(
            record("OPC-UA-M2", 40, 1, 0),
            record("OPC-UA-M1", 100, 2, 1.5),
            record("OPC-UA-M1", 120, 0, 0),
            record("OPC-UA-M1", 80, 5, 2.25));

    @Test
    void sumsRecordsPerMachineInMachineOrder() {
        var totals = MachineTotals.fromRecords(RECORDS, Duration.ofSeconds(5), IDEAL_SECONDS::get);

        // M1: 100 + 120 + 80 units, 2 + 0 + 5 defects, 1.5 + 0 + 2.25 min down, 3 polls of 5 s = 0.25 min
        assertThat(totals.values())
                .containsExactly(
                        new MachineTotals("OPC-UA-M1", 300, 7, 3.75, 0.25, 30),
                        new MachineTotals("OPC-UA-M2", 40, 1, 0, 5.0 / 60, 45));
    }

    @Test
    void takesEachRecordsPlannedMinutesFromAFunction() {
        var totals = MachineTotals.fromRecords(RECORDS, r -> r.unitsProduced() >= 100 ? 480.0 : 240.0, id -> 30.0);

        assertThat(totals.get("OPC-UA-M1").plannedMin()).isEqualTo(480 + 480 + 240);
        assertThat(totals.get("OPC-UA-M2").plannedMin()).isEqualTo(240);
    }

    @Test
    void givesNoTotalsForNoRecords() {
        assertThat(MachineTotals.fromRecords(List.of(), Duration.ofSeconds(5), id -> 30.0))
                .isEmpty();
    }

    @Test
    void runsForPlannedTimeLessDowntimeButNeverBelowZero() {
        assertThat(new MachineTotals("M1", 0, 0, 48, 480, 30).runMin()).isEqualTo(432.0);
        assertThat(new MachineTotals("M1", 0, 0, 90, 60, 30).runMin()).isZero();
    }

    @Test
    void rejectsTotalsNoValidRecordsCouldSumTo() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MachineTotals("M1", 10, 11, 0, 60, 30))
                .withMessageContaining("defectiveUnits");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MachineTotals("M1", 10, 0, -1, 60, 30))
                .withMessageContaining("downtimeMin");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MachineTotals("M1", 10, 0, 0, Double.NaN, 30))
                .withMessageContaining("plannedMin");
    }

    @Test
    void sumsRecordsBeyondTheLargestLongExactly() {
        var records = List.of(
                record("OPC-UA-M1", Long.MAX_VALUE, Long.MAX_VALUE, 0),
                record("OPC-UA-M1", Long.MAX_VALUE, 1, 0),
                record("OPC-UA-M2", 40, 1, 0));

        var totals = MachineTotals.fromRecords(records, Duration.ofMinutes(480), id -> 0.0);

        // 2 x 9223372036854775807 = 18446744073709551614, defects 9223372036854775807 + 1
        assertThat(totals.get("OPC-UA-M1").unitsProduced()).isEqualTo(new BigInteger("18446744073709551614"));
        assertThat(totals.get("OPC-UA-M1").defectiveUnits()).isEqualTo(new BigInteger("9223372036854775808"));
        assertThat(totals.get("OPC-UA-M1").goodUnits()).isEqualTo(BigInteger.valueOf(Long.MAX_VALUE - 1));
        assertThat(totals.get("OPC-UA-M2").unitsProduced()).isEqualTo(BigInteger.valueOf(40));
    }
}
