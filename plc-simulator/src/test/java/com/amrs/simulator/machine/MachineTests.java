package com.amrs.simulator.machine;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.core.machine.MachineState;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MachineTests {

    private static final double TICK_SECONDS = 2.0;
    private static final int A_WEEK_OF_TICKS = 7 * 24 * 1800;

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 4711})
    void startsWithEmptyCounters(long seed) {
        Machine machine = machine(seed);

        assertThat(machine.totalCount()).isZero();
        assertThat(machine.rejectCount()).isZero();
        assertThat(machine.downtimeSeconds()).isZero();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 4711})
    void countersNeverDecreaseAndRejectsNeverExceedUnits(long seed) {
        Machine machine = machine(seed);
        long[] previous = {0, 0};

        run(machine, A_WEEK_OF_TICKS, stateDuringTick -> {
            long total = machine.totalCount();
            long rejects = machine.rejectCount();
            assertThat(rejects).isLessThanOrEqualTo(total);
            assertThat(total).isGreaterThanOrEqualTo(previous[0]);
            assertThat(rejects).isGreaterThanOrEqualTo(previous[1]);
            previous[0] = total;
            previous[1] = rejects;
        });
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 4711})
    void downtimeGrowsByExactlyOneTickWhileDownAndNotOtherwise(long seed) {
        Machine machine = machine(seed);
        double[] downtime = {0};

        run(machine, A_WEEK_OF_TICKS, stateDuringTick -> {
            double expected = stateDuringTick == MachineState.DOWN ? TICK_SECONDS : 0;
            assertThat(machine.downtimeSeconds() - downtime[0]).isEqualTo(expected);
            downtime[0] = machine.downtimeSeconds();
        });
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 4711})
    void reportsAnUnplannedCodeWhileDownNoneWhileRunningAndAChangeoverOrNoneWhileIdle(long seed) {
        Machine machine = machine(seed);

        run(machine, A_WEEK_OF_TICKS, stateDuringTick -> {
            switch (machine.state()) {
                case DOWN -> assertThat(machine.faultCode()).isIn(Spell.FAULT.faultCodes());
                case RUNNING -> assertThat(machine.faultCode()).isZero();
                case IDLE -> assertThat(machine.faultCode()).isIn(0, 801);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 4711})
    void producesAtAboutTheIdealRateWhileRunning(long seed) {
        Machine machine = machine(seed);
        double[] runningSeconds = {0};

        run(machine, A_WEEK_OF_TICKS, stateDuringTick -> {
            if (stateDuringTick == MachineState.RUNNING) {
                runningSeconds[0] += TICK_SECONDS;
            }
        });

        double idealUnits = runningSeconds[0] / machine.idealCycleTimeSeconds();
        assertThat(machine.totalCount() / idealUnits).isBetween(0.9, 1.0);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 4711})
    void rejectsTwoToFivePercent(long seed) {
        Machine machine = machine(seed);

        run(machine, A_WEEK_OF_TICKS, stateDuringTick -> {});

        assertThat((double) machine.rejectCount() / machine.totalCount()).isBetween(0.018, 0.052);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 4711})
    void spendsMostTimeRunningWithIdleAndDownSpellsOfMinutes(long seed) {
        Machine machine = machine(seed);
        Map<MachineState, Integer> ticksIn = new EnumMap<>(MachineState.class);
        Map<MachineState, Integer> spells = new EnumMap<>(MachineState.class);
        MachineState[] previous = {null};

        run(machine, A_WEEK_OF_TICKS, stateDuringTick -> {
            ticksIn.merge(stateDuringTick, 1, Integer::sum);
            if (stateDuringTick != previous[0]) {
                spells.merge(stateDuringTick, 1, Integer::sum);
                previous[0] = stateDuringTick;
            }
        });

        assertThat(ticksIn.get(MachineState.RUNNING)).isGreaterThan(A_WEEK_OF_TICKS * 7 / 10);
        for (MachineState rest : new MachineState[] {MachineState.IDLE, MachineState.DOWN}) {
            double averageSpellMinutes = ticksIn.get(rest) * TICK_SECONDS / spells.get(rest) / 60;
            assertThat(averageSpellMinutes).as(rest + " spell minutes").isBetween(2.0, 30.0);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 4711})
    void drawsAnIdealCycleTimeBetweenPointEightAndThreeSecondsUnlessCatalogued(long seed) {
        assertThat(machine(seed).idealCycleTimeSeconds()).isBetween(0.8, 3.0);
        assertThat(new Machine("M", OptionalDouble.of(1.25), new SplittableRandom(seed)).idealCycleTimeSeconds())
                .isEqualTo(1.25);
    }

    private static Machine machine(long seed) {
        return new Machine("OPC-UA-M1", OptionalDouble.empty(), new SplittableRandom(seed));
    }

    /** Ticks {@code ticks} times; after each tick {@code check} gets the state the tick ran in. */
    private static void run(Machine machine, int ticks, Consumer<MachineState> check) {
        for (int tick = 0; tick < ticks; tick++) {
            MachineState stateDuringTick = machine.state();
            machine.tick(TICK_SECONDS);
            check.accept(stateDuringTick);
        }
    }
}
