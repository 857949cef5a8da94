package com.amrs.simulator.machine;

import com.amrs.core.machine.MachineState;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * What a simulated machine does for a while: it runs, then stops in one of four ways, then runs again.
 * Each stop reports its FaultCode from the default reason catalogue (config/amrs.yml, DESIGN.md §14);
 * {@code weight} is its share, out of {@value #WEIGHTS}, of the stops that end a run.
 */
public enum Spell {
    /** Producing: 5 min plus an exponential rest of mean 20 min. */
    RUNNING(MachineState.RUNNING, 0, List.of(), false) {
        @Override
        double drawSeconds(SplittableRandom random) {
            return exponential(random, 300, 1_200);
        }
    },
    /** Waiting for material or an operator, no code (Unassigned): 1 min plus a rest of mean 4 min. */
    WAITING(MachineState.IDLE, 10, List.of(), false) {
        @Override
        double drawSeconds(SplittableRandom random) {
            return exponential(random, 60, 240);
        }
    },
    /** A planned changeover, code 801: 5 to 15 min. */
    CHANGEOVER(MachineState.IDLE, 2, List.of(801), true) {
        @Override
        double drawSeconds(SplittableRandom random) {
            return random.nextDouble(300, 900);
        }
    },
    /** A breakdown with one of the unplanned codes: 2 min plus a rest of mean 8 min. */
    FAULT(MachineState.DOWN, 9, List.of(101, 204, 317, 422, 509, 613), false) {
        @Override
        double drawSeconds(SplittableRandom random) {
            return exponential(random, 120, 480);
        }
    },
    /** A micro-stop (a jam or a sensor, codes 101 and 317): 10 to 90 s, under the 2 min threshold. */
    MICRO_STOP(MachineState.DOWN, 9, List.of(101, 317), false) {
        @Override
        double drawSeconds(SplittableRandom random) {
            return random.nextDouble(10, 90);
        }
    };

    /** The sum of the stops' weights. */
    public static final int WEIGHTS = 30;

    private final MachineState state;
    private final int weight;
    private final List<Integer> faultCodes;
    private final boolean planned;

    Spell(MachineState state, int weight, List<Integer> faultCodes, boolean planned) {
        this.state = state;
        this.weight = weight;
        this.faultCodes = faultCodes;
        this.planned = planned;
    }

    /** How long the spell lasts, in simulated seconds. */
    abstract double drawSeconds(SplittableRandom random);

    /** The stop that ends a run, drawn by weight. */
    static Spell stopAfterRunning(SplittableRandom random) {
        int draw = random.nextInt(WEIGHTS);
        for (Spell spell : values()) {
            draw -= spell.weight;
            if (draw < 0) {
                return spell;
            }
        }
        throw new IllegalStateException("the weights add up to less than " + WEIGHTS);
    }

    /** The FaultCode the machine reports for this spell: one of {@link #faultCodes()}, or 0 when none. */
    int drawFaultCode(SplittableRandom random) {
        return faultCodes.isEmpty() ? 0 : faultCodes.get(random.nextInt(faultCodes.size()));
    }

    public MachineState state() {
        return state;
    }

    /** The codes this spell reports; empty for 0 (running, or waiting: Unassigned). */
    public List<Integer> faultCodes() {
        return faultCodes;
    }

    /** Whether the catalogue must call its codes planned (else unplanned). */
    public boolean planned() {
        return planned;
    }

    /** Every FaultCode other than 0 the simulator can report. */
    public static List<Integer> allFaultCodes() {
        return Stream.of(values())
                .flatMap(spell -> spell.faultCodes.stream())
                .distinct()
                .sorted()
                .toList();
    }

    private static double exponential(SplittableRandom random, double minimumSeconds, double meanExtraSeconds) {
        return minimumSeconds - meanExtraSeconds * Math.log(1 - random.nextDouble());
    }
}
