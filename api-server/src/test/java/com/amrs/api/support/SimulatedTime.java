package com.amrs.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.core.machine.MachineState;
import com.amrs.simulator.machine.Machine;
import com.amrs.simulator.machine.MachineFleet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The simulated time of {@link TestPlc} moved on by a test instead of the simulator's ticker, paused until
 * {@link #close()}. A run lasts 25 min on average, in simulated time that passes as fast as the wall clock's;
 * here a replica of the seeded fleet, ticked as often as the PLC, looks ahead to the tick where a machine does
 * what the test wants: the PLC is ticked to just before it at once, the collector is left to see that, then
 * one tick makes the change, at {@link #lastTick()}.
 */
public final class SimulatedTime implements AutoCloseable {

    /** 55 h of simulated time: every kind of stop comes long before. */
    private static final long MAX_TICKS = 1_000_000;

    private final PollEvents polls;
    private final MachineFleet plc;
    private final MachineFleet replica;

    public SimulatedTime(PollEvents polls) {
        this.polls = polls;
        TestPlc.start();
        TestPlc.pauseTicking();
        plc = TestPlc.fleet();
        replica = new MachineFleet(
                TestPlc.MACHINES, Duration.ofMillis(TestPlc.TICK_MS), TestPlc.SEED, Map.of(), Clock.systemUTC());
        for (long tick = plc.ticks(); tick > 0; tick--) {
            replica.tick();
        }
        assertInStep();
    }

    /**
     * Ticks the PLC until a machine that was running does what {@code wanted} says (say, stops with FaultCode
     * 101), the collector seeing the PLC as it was one tick before, then as it is; returns that machine's id.
     */
    public String next(Predicate<Machine> wanted) {
        for (long ticks = 1; ticks <= MAX_TICKS; ticks++) {
            Map<String, MachineState> before = states(replica);
            replica.tick();
            for (Machine machine : replica.machines()) {
                if (before.get(machine.id()) == MachineState.RUNNING && wanted.test(machine)) {
                    for (long tick = 1; tick < ticks; tick++) {
                        plc.tick();
                    }
                    seen();
                    plc.tick();
                    assertInStep();
                    seen();
                    return machine.id();
                }
            }
        }
        throw new AssertionError("no machine does that within " + MAX_TICKS + " ticks");
    }

    /** A stop of the PLC: the machine, and the instants of the ticks that stopped it and made it run again. */
    public record Stop(String machineId, Instant started, Instant ended) {}

    /**
     * The next stop in that state with that FaultCode: the PLC holds it for {@code polls} polls, then the
     * machine runs again and the collector sees it run.
     */
    public Stop stop(MachineState state, int faultCode, int polls) {
        String machine = next(next -> next.state() == state && next.faultCode() == faultCode);
        Instant started = lastTick();
        this.polls.awaitPolls(started, polls, Duration.ofSeconds(10));
        Instant ended = runAgain(machine);
        seen();
        return new Stop(machine, started, ended);
    }

    /** Ticks until the machine runs again; returns the instant of the tick that made it run. */
    public Instant runAgain(String machineId) {
        while (states(plc).get(machineId) != MachineState.RUNNING) {
            tick();
        }
        return lastTick();
    }

    /** Ticks until every machine runs, and lets the collector see it: then no stop is open. */
    public void runAll() {
        while (states(plc).values().stream().anyMatch(state -> state != MachineState.RUNNING)) {
            tick();
        }
        seen();
    }

    /** The wall-clock instant of the PLC's latest tick. */
    public Instant lastTick() {
        return plc.lastTick();
    }

    /** Waits until a poll that read the PLC after now is stored (the second poll from now: 500 ms apart). */
    public void seen() {
        polls.awaitPolls(Instant.now(), 2, Duration.ofSeconds(10));
    }

    /** The simulator ticks on its own again. */
    @Override
    public void close() {
        TestPlc.resumeTicking();
    }

    private void tick() {
        plc.tick();
        replica.tick();
    }

    private void assertInStep() {
        assertThat(replica.ticks()).isEqualTo(plc.ticks());
        assertThat(snapshot(replica)).as("the replica of the simulator").isEqualTo(snapshot(plc));
    }

    private static List<String> snapshot(MachineFleet fleet) {
        return fleet.read(() -> fleet.machines().stream()
                .map(machine -> String.join(
                        " ",
                        machine.id(),
                        machine.state().name(),
                        String.valueOf(machine.faultCode()),
                        String.valueOf(machine.totalCount()),
                        String.valueOf(machine.rejectCount()),
                        String.valueOf(machine.downtimeSeconds())))
                .toList());
    }

    private static Map<String, MachineState> states(MachineFleet fleet) {
        return fleet.read(() -> fleet.machines().stream().collect(Collectors.toMap(Machine::id, Machine::state)));
    }
}
