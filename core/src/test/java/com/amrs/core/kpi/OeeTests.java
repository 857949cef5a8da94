package com.amrs.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class OeeTests {

    private static final Offset<Double> EXACT = within(1e-12);

    // 8 h planned, 48 min down, 30 s ideal cycle, 800 units of which 40 defective
    private static final MachineTotals PRESS = new MachineTotals("OPC-UA-M1", 800, 40, 48, 480, 30);
    // 8 h planned, 2 h down, 60 s ideal cycle, 300 units, none defective
    private static final MachineTotals LATHE = new MachineTotals("OPC-UA-M2", 300, 0, 120, 480, 60);

    @Test
    void computesTheThreeFactorsOfOneMachine() {
        var oee = Oee.of(PRESS);

        assertThat(oee.availability()).isCloseTo(432.0 / 480, EXACT); // run 480 - 48 = 432 min
        assertThat(oee.performance()).isCloseTo(400.0 / 432, EXACT); // 30 s * 800 / 60 = 400 min ideal
        assertThat(oee.quality()).isCloseTo(760.0 / 800, EXACT);
        assertThat(oee.oee()).isCloseTo(0.9 * (400.0 / 432) * 0.95, EXACT); // = 19 / 24
        assertThat(oee.oee()).isCloseTo(19.0 / 24, EXACT);
    }

    @Test
    void poolsMachinesForTheOverallOee() {
        var oee = Oee.overall(List.of(PRESS, LATHE));

        // planned 960, run 432 + 360 = 792, ideal 400 + 60 * 300 / 60 = 700 min, good 760 + 300 of 1100
        assertThat(oee.availability()).isCloseTo(792.0 / 960, EXACT);
        assertThat(oee.performance()).isCloseTo(700.0 / 792, EXACT);
        assertThat(oee.quality()).isCloseTo(1060.0 / 1100, EXACT);
        assertThat(oee.oee()).isCloseTo((700.0 / 960) * (1060.0 / 1100), EXACT);
    }

    @Test
    void doesNotCapPerformanceAboveOne() {
        // 1200 units at an ideal 6 s = 120 min of work in 60 min of run time
        var oee = Oee.of(new MachineTotals("OPC-UA-M1", 1200, 0, 0, 60, 6));

        assertThat(oee.performance()).isCloseTo(2.0, EXACT);
    }

    @Test
    void clampsAvailabilityWhenDowntimeExceedsPlannedTime() {
        var oee = Oee.of(new MachineTotals("OPC-UA-M1", 10, 0, 90, 60, 30));

        assertThat(oee.availability()).isZero();
        assertThat(oee.performance()).isZero();
        assertThat(oee.oee()).isZero();
    }

    @Test
    void letsNoMachineEatAnotherMachinesRunTime() {
        // M1 is down 90 of 60 planned min (run 0), M2 runs all 60: (0 + 60) / 120
        var overall = Oee.overall(List.of(
                new MachineTotals("OPC-UA-M1", 0, 0, 90, 60, 30), new MachineTotals("OPC-UA-M2", 120, 0, 0, 60, 30)));

        assertThat(overall.availability()).isCloseTo(0.5, EXACT);
        assertThat(overall.performance()).isCloseTo(1.0, EXACT); // 120 * 30 s = 60 min in 60 min
    }

    @Test
    void givesZeroInsteadOfNanForZeroDenominators() {
        var idle = Oee.of(new MachineTotals("OPC-UA-M1", 0, 0, 0, 0, 0));

        assertThat(idle).isEqualTo(Oee.ZERO);
        assertThat(Oee.overall(List.of())).isEqualTo(Oee.ZERO);
    }
}
