package com.amrs.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class KpiPropertyTests {

    @Property
    void keepsYieldBetweenZeroAndHundredAndDefectRateItsComplement(
            @ForAll @Size(max = 8) List<@From("machines") MachineTotals> machines) {
        var kpis = Kpis.of(machines);

        assertThat(kpis.yieldPercentage()).isBetween(0.0, 100.0);
        if (kpis.totalUnits().signum() > 0) {
            assertThat(kpis.yieldPercentage() + kpis.defectRate()).isCloseTo(100.0, within(1e-9));
        }
    }

    @Property
    void averagesDowntimeToWithinRoundingOfTheTotal(
            @ForAll @Size(min = 1, max = 8) List<@From("machines") MachineTotals> machines) {
        var kpis = Kpis.of(machines);

        double total = machines.stream().mapToDouble(MachineTotals::downtimeMin).sum();
        assertThat(kpis.avgDowntime() * kpis.machineCount()).isCloseTo(total, within(0.01 * kpis.machineCount()));
    }

    @Provide
    Arbitrary<MachineTotals> machines() {
        Arbitrary<String> ids = Arbitraries.of("OPC-UA-M1", "OPC-UA-M2", "OPC-UA-M3", "OPC-UA-M4");
        Arbitrary<Long> units = Arbitraries.longs().between(0, 1_000_000);
        Arbitrary<Double> minutes = Arbitraries.doubles().between(0, 50_000).ofScale(3);
        Arbitrary<Double> cycles = Arbitraries.doubles().between(0, 600).ofScale(2);
        return Combinators.combine(ids, units, Arbitraries.doubles().between(0, 1), minutes, minutes, cycles)
                .as((id, u, defectShare, downtime, planned, cycle) ->
                        new MachineTotals(id, u, (long) (u * defectShare), downtime, planned, cycle));
    }
}
