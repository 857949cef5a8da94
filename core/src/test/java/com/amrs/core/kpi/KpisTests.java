package com.amrs.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class KpisTests {

    private static MachineTotals totals(String machineId, long units, long defects, double downtimeMin) {
        return new MachineTotals(machineId, units, defects, downtimeMin, 480, 30);
    }

    @Test
    void computesYieldAndDefectRateOfTheDesignExample() {
        // 15,420 units, 287 defects: (15420 - 287) / 15420 * 100 = 15133 / 154.2 = 98.1388... -> 98.14
        var kpis = Kpis.of(List.of(
                totals("OPC-UA-M1", 5_140, 100, 0),
                totals("OPC-UA-M2", 5_140, 87, 0),
                totals("OPC-UA-M3", 5_140, 100, 0)));

        assertThat(kpis.totalUnits()).isEqualTo(BigInteger.valueOf(15_420));
        assertThat(kpis.totalDefects()).isEqualTo(BigInteger.valueOf(287));
        assertThat(kpis.yieldPercentage()).isEqualTo(98.14);
        assertThat(kpis.defectRate()).isEqualTo(1.86);
    }

    @Test
    void averagesDowntimeOverMachines() {
        // 10.5 + 12.25 + 11.27 = 34.02 min; 34.02 / 3 = 11.34
        var kpis = Kpis.of(List.of(
                totals("OPC-UA-M1", 10, 0, 10.5),
                totals("OPC-UA-M2", 10, 0, 12.25),
                totals("OPC-UA-M3", 10, 0, 11.27)));

        assertThat(kpis.totalDowntimeMin()).isEqualTo(34.02);
        assertThat(kpis.avgDowntime()).isEqualTo(11.34);
        assertThat(kpis.machineCount()).isEqualTo(3);
    }

    @Test
    void roundsYieldHalfUp() {
        // 797 / 800 * 100 = 99.625 exactly: half-up gives 99.63 (half-even would give 99.62)
        var kpis = Kpis.of(List.of(totals("OPC-UA-M1", 800, 3, 0)));

        assertThat(kpis.yieldPercentage()).isEqualTo(99.63);
        assertThat(kpis.defectRate()).isEqualTo(0.37);
    }

    @Test
    void roundsAverageDowntimeHalfUpDespiteBinarySums() {
        // 1.01 + 1.92 = 2.93 min (2.9299999999999997 as a double sum); 2.93 / 2 = 1.465 -> 1.47
        var kpis = Kpis.of(List.of(totals("OPC-UA-M1", 1, 0, 1.01), totals("OPC-UA-M2", 1, 0, 1.92)));

        assertThat(kpis.totalDowntimeMin()).isEqualTo(2.93);
        assertThat(kpis.avgDowntime()).isEqualTo(1.47);
    }

    @Test
    void givesZeroYieldAndZeroDefectRateWithoutUnits() {
        var kpis = Kpis.of(List.of(totals("OPC-UA-M1", 0, 0, 480)));

        assertThat(kpis.yieldPercentage()).isZero();
        assertThat(kpis.defectRate()).isZero();
        assertThat(kpis.avgDowntime()).isEqualTo(480.0);
    }

    @Test
    void givesZerosForAnEmptyWindow() {
        var kpis = Kpis.of(List.of());

        assertThat(kpis).isEqualTo(new Kpis(BigInteger.ZERO, BigInteger.ZERO, 0, 0, 0, 0, 0));
    }

    @Test
    void countsEachMachineOnce() {
        // two rows of the same machine: 6 + 4 = 10 min over one machine
        var kpis = Kpis.of(List.of(totals("OPC-UA-M1", 10, 1, 6), totals("OPC-UA-M1", 10, 1, 4)));

        assertThat(kpis.machineCount()).isEqualTo(1);
        assertThat(kpis.avgDowntime()).isEqualTo(10.0);
    }

    @Test
    void showsFractionsAsPercentagesRoundedHalfUp() {
        assertThat(Kpis.percent(0.981388)).isEqualTo(98.14);
        assertThat(Kpis.percent(0.00125)).isEqualTo(0.13); // 0.125 %, half-up
        assertThat(Kpis.percent(19.0 / 24)).isEqualTo(79.17); // 79.1666...
        assertThat(Kpis.percent(1.5)).isEqualTo(150.0);
        assertThat(Kpis.percent(0)).isZero();
    }

    @Test
    void sumsUnitsBeyondTheLargestLongExactly() {
        // M1 made Long.MAX_VALUE units in each of two shifts, 3 defects; M2 made 1,000 with 10 defects
        BigInteger max = BigInteger.valueOf(Long.MAX_VALUE);
        var huge = new MachineTotals("OPC-UA-M1", max.shiftLeft(1), BigInteger.valueOf(3), 0, 960, 0);
        var kpis = Kpis.of(List.of(huge, totals("OPC-UA-M2", 1_000, 10, 0)));

        // 2 x 9223372036854775807 + 1000 = 18446744073709552614
        assertThat(kpis.totalUnits()).isEqualTo(new BigInteger("18446744073709552614"));
        assertThat(kpis.totalDefects()).isEqualTo(BigInteger.valueOf(13));
        // 13 defects in 1.8e19 units: the yield rounds to 100.00, a positive number
        assertThat(kpis.yieldPercentage()).isEqualTo(100.0);
        assertThat(kpis.defectRate()).isZero();
    }

    @Test
    void computesTheYieldOfHugeSumsExactly() {
        // 2^64 units, a quarter of them defective: yield 75.00 exactly
        BigInteger units = BigInteger.ONE.shiftLeft(64);
        var kpis = Kpis.of(List.of(new MachineTotals("OPC-UA-M1", units, units.shiftRight(2), 0, 480, 0)));

        assertThat(kpis.yieldPercentage()).isEqualTo(75.0);
        assertThat(kpis.defectRate()).isEqualTo(25.0);
    }
}
