package com.amrs.simulator.machine;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.core.machine.MachineState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MachineFleetTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-26T08:00:00Z"), ZoneOffset.UTC);
    private static final int TICKS = 20_000;

    @Test
    void namesMachinesFromOpcUaM1Up() {
        assertThat(fleet(3, 42).machines())
                .extracting(Machine::id)
                .containsExactly("OPC-UA-M1", "OPC-UA-M2", "OPC-UA-M3");
    }

    @Test
    void sameSeedGivesTheSameHistory() {
        MachineFleet first = fleet(50, 42);
        MachineFleet second = fleet(50, 42);

        tick(first, TICKS);
        tick(second, TICKS);

        assertThat(snapshots(first)).isEqualTo(snapshots(second));
    }

    @Test
    void differentSeedGivesADifferentHistory() {
        MachineFleet first = fleet(50, 42);
        MachineFleet second = fleet(50, 43);

        tick(first, TICKS);
        tick(second, TICKS);

        assertThat(snapshots(first)).isNotEqualTo(snapshots(second));
    }

    @Test
    void aMachinesHistoryDoesNotDependOnHowManyMachinesThereAre() {
        MachineFleet small = fleet(3, 42);
        MachineFleet large = fleet(300, 42);

        tick(small, TICKS);
        tick(large, TICKS);

        assertThat(snapshots(large).subList(0, 3)).isEqualTo(snapshots(small));
    }

    @Test
    void usesTheCatalogueCycleTimeOfListedMachines() {
        var fleet = new MachineFleet(2, Duration.ofSeconds(2), 42, Map.of("OPC-UA-M2", 1.7), CLOCK);

        assertThat(fleet.machines().get(1).idealCycleTimeSeconds()).isEqualTo(1.7);
    }

    @Test
    void summarisesStatesAndCounters() {
        MachineFleet fleet = fleet(100, 42);
        tick(fleet, 1_000);

        FleetSummary summary = fleet.summary();

        List<Machine> machines = fleet.machines();
        assertThat(summary.machines()).isEqualTo(100);
        assertThat(summary.running() + summary.idle() + summary.down()).isEqualTo(100);
        assertThat(summary.down()).isEqualTo(count(machines, MachineState.DOWN));
        assertThat(summary.units())
                .isEqualTo(machines.stream().mapToLong(Machine::totalCount).sum());
        assertThat(summary.rejects())
                .isEqualTo(machines.stream().mapToLong(Machine::rejectCount).sum());
    }

    @Test
    void printsTheSummaryAsOneLogLine() {
        assertThat(new FleetSummary(3, 2, 0, 1, 14_203, 411))
                .hasToString("3 machines: 2 running, 0 idle, 1 down; 14,203 units, 411 rejects");
    }

    @Test
    void recordsTheWallClockTimeOfTheLatestTick() {
        MachineFleet fleet = fleet(1, 42);

        tick(fleet, 3);

        assertThat(fleet.lastTick()).isEqualTo(CLOCK.instant());
        assertThat(fleet.ticks()).isEqualTo(3);
    }

    private static MachineFleet fleet(int machines, long seed) {
        return new MachineFleet(machines, Duration.ofSeconds(2), seed, Map.of(), CLOCK);
    }

    private static void tick(MachineFleet fleet, int ticks) {
        for (int tick = 0; tick < ticks; tick++) {
            fleet.tick();
        }
    }

    private static long count(List<Machine> machines, MachineState state) {
        return machines.stream().filter(machine -> machine.state() == state).count();
    }

    private static List<Snapshot> snapshots(MachineFleet fleet) {
        return fleet.machines().stream().map(Snapshot::of).toList();
    }

    private record Snapshot(
            String id, MachineState state, long total, long rejects, double downtime, double cycleTime, int fault) {

        static Snapshot of(Machine machine) {
            return new Snapshot(
                    machine.id(),
                    machine.state(),
                    machine.totalCount(),
                    machine.rejectCount(),
                    machine.downtimeSeconds(),
                    machine.idealCycleTimeSeconds(),
                    machine.faultCode());
        }
    }
}
