package com.amrs.simulator.machine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.amrs.core.machine.MachineState;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The stops a simulated machine makes, as a PLC client sees them: State, FaultCode and how long they last. */
class MachineStopsTests {

    private static final double TICK_SECONDS = 2.0;
    private static final double SHIFT_SECONDS = 8 * 3600;
    private static final int EIGHT_WEEKS_OF_TICKS = (int) (8 * 7 * 24 * 3600 / TICK_SECONDS);
    private static final double MICRO_STOP_SECONDS = 120;

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 4711})
    void makesMicroStopsAboutAsOftenAsLongerBreakdowns(long seed) {
        History history = History.of(machine(seed), EIGHT_WEEKS_OF_TICKS);
        List<Period> down = history.periods(period -> period.state() == MachineState.DOWN);
        List<Period> microStops = down.stream()
                .filter(period -> period.seconds() < MICRO_STOP_SECONDS)
                .toList();
        List<Period> breakdowns = down.stream()
                .filter(period -> period.seconds() >= MICRO_STOP_SECONDS)
                .toList();

        assertThat(microStops).allSatisfy(period -> {
            assertThat(period.faultCode()).isIn(101, 317);
            assertThat(period.seconds()).isBetween(10.0, 90.0);
        });
        assertThat(breakdowns).extracting(Period::faultCode).containsOnly(101, 204, 317, 422, 509, 613);
        assertThat((double) microStops.size() / breakdowns.size()).isBetween(0.8, 1.25);
        assertThat(breakdowns.size() / history.shifts()).isBetween(4.0, 5.5);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 4711})
    void makesAboutOnePlannedChangeoverPerShiftAndOtherwiseWaitsWithoutACode(long seed) {
        History history = History.of(machine(seed), EIGHT_WEEKS_OF_TICKS);
        List<Period> idle = history.periods(period -> period.state() == MachineState.IDLE);
        List<Period> changeovers =
                idle.stream().filter(period -> period.faultCode() == 801).toList();
        List<Period> waits =
                idle.stream().filter(period -> period.faultCode() == 0).toList();

        assertThat(changeovers.size() + waits.size()).isEqualTo(idle.size());
        assertThat(changeovers)
                .allSatisfy(period -> assertThat(period.seconds()).isBetween(300.0, 902.0));
        assertThat(changeovers.size() / history.shifts()).isBetween(0.75, 1.35);
        assertThat(waits).allSatisfy(period -> assertThat(period.seconds()).isGreaterThanOrEqualTo(60.0));
        assertThat(waits.size() / history.shifts()).isBetween(4.5, 6.0);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 4711})
    void spendsTheDocumentedSharesOfTimeInEachState(long seed) {
        History history = History.of(machine(seed), EIGHT_WEEKS_OF_TICKS);

        assertThat(history.share(MachineState.RUNNING)).isCloseTo(0.817, within(0.025));
        assertThat(history.share(MachineState.DOWN)).isCloseTo(0.106, within(0.02));
        assertThat(history.share(MachineState.IDLE)).isCloseTo(0.076, within(0.015));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 4711})
    void reportsNoFaultCodeWhileRunning(long seed) {
        History history = History.of(machine(seed), EIGHT_WEEKS_OF_TICKS);

        assertThat(history.periods(period -> period.state() == MachineState.RUNNING))
                .isNotEmpty()
                .allSatisfy(period -> assertThat(period.faultCode()).isZero());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 4711})
    void theSameSeedGivesTheSameStops(long seed) {
        int aDay = (int) (24 * 3600 / TICK_SECONDS);

        List<Period> first = History.of(machine(seed), aDay).spells();

        assertThat(History.of(machine(seed), aDay).spells()).isEqualTo(first);
        assertThat(History.of(machine(seed + 1), aDay).spells()).isNotEqualTo(first);
    }

    private static Machine machine(long seed) {
        return new Machine("OPC-UA-M1", OptionalDouble.empty(), new SplittableRandom(seed));
    }

    /** One spell as a client polling every tick sees it: its state, FaultCode and length. */
    private record Period(MachineState state, int faultCode, double seconds) {}

    /** The spells of a run; the first one, joined part-way, is left out. */
    private record History(List<Period> spells, Map<MachineState, Double> secondsIn, double totalSeconds) {

        static History of(Machine machine, int ticks) {
            List<Period> spells = new ArrayList<>();
            Map<MachineState, Double> secondsIn = new EnumMap<>(MachineState.class);
            MachineState state = machine.state();
            int faultCode = machine.faultCode();
            double seconds = 0;
            for (int tick = 0; tick < ticks; tick++) {
                secondsIn.merge(machine.state(), TICK_SECONDS, Double::sum);
                machine.tick(TICK_SECONDS);
                seconds += TICK_SECONDS;
                if (machine.state() != state || machine.faultCode() != faultCode) {
                    spells.add(new Period(state, faultCode, seconds));
                    state = machine.state();
                    faultCode = machine.faultCode();
                    seconds = 0;
                }
            }
            return new History(List.copyOf(spells.subList(1, spells.size())), secondsIn, ticks * TICK_SECONDS);
        }

        List<Period> periods(Predicate<Period> which) {
            return spells.stream().filter(which).toList();
        }

        double shifts() {
            return totalSeconds / SHIFT_SECONDS;
        }

        double share(MachineState state) {
            return secondsIn.getOrDefault(state, 0.0) / totalSeconds;
        }
    }
}
