package com.amrs.simulator.machine;

import com.amrs.core.machine.MachineState;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

/**
 * One simulated machine: a seeded state machine that advances by a given length of simulated
 * time per {@link #tick(double)}. Same random source, same history. Not thread-safe; {@link
 * MachineFleet} guards it.
 */
public final class Machine {

    /** What a DOWN machine reports in FaultCode; 0 means healthy. */
    private static final int[] FAULT_CODES = {101, 204, 317, 422, 509, 613};

    private final String id;
    private final double idealCycleTimeSeconds;
    private final double rejectRate;
    private final SplittableRandom random;

    private MachineState state;
    private long totalCount;
    private long rejectCount;
    private double downtimeSeconds;
    private int faultCode;
    private double spellLeftSeconds;
    private double unfinishedUnits;

    Machine(String id, OptionalDouble catalogueCycleTimeSeconds, SplittableRandom random) {
        this.id = id;
        this.random = random;
        double drawnCycleTime = Math.round(random.nextDouble(0.8, 3.0) * 10) / 10.0;
        this.idealCycleTimeSeconds = catalogueCycleTimeSeconds.orElse(drawnCycleTime);
        this.rejectRate = random.nextDouble(0.02, 0.05);
        enter(initialState());
        // joined part-way through the first spell, so that machines do not all change state at once
        spellLeftSeconds *= random.nextDouble();
    }

    /** Lets {@code seconds} of simulated time pass: produce, rest or stand still, then maybe change state. */
    void tick(double seconds) {
        switch (state) {
            case RUNNING -> produce(seconds);
            case DOWN -> downtimeSeconds += seconds;
            case IDLE -> {}
        }
        spellLeftSeconds -= seconds;
        if (spellLeftSeconds <= 0) {
            enter(nextState());
        }
    }

    private void produce(double seconds) {
        double speed = random.nextDouble(0.9, 1.0);
        unfinishedUnits += seconds / idealCycleTimeSeconds * speed;
        long units = (long) unfinishedUnits;
        unfinishedUnits -= units;
        for (long unit = 0; unit < units; unit++) {
            if (random.nextDouble() < rejectRate) {
                rejectCount++;
            }
        }
        totalCount += units;
    }

    private MachineState initialState() {
        double draw = random.nextDouble();
        return draw < 0.8 ? MachineState.RUNNING : draw < 0.9 ? MachineState.IDLE : MachineState.DOWN;
    }

    private MachineState nextState() {
        if (state != MachineState.RUNNING) {
            return MachineState.RUNNING;
        }
        return random.nextDouble() < 0.6 ? MachineState.IDLE : MachineState.DOWN;
    }

    private void enter(MachineState next) {
        state = next;
        spellLeftSeconds = Spell.of(next).draw(random);
        faultCode = next == MachineState.DOWN ? FAULT_CODES[random.nextInt(FAULT_CODES.length)] : 0;
    }

    public String id() {
        return id;
    }

    public MachineState state() {
        return state;
    }

    public long totalCount() {
        return totalCount;
    }

    public long rejectCount() {
        return rejectCount;
    }

    public double downtimeSeconds() {
        return downtimeSeconds;
    }

    public double idealCycleTimeSeconds() {
        return idealCycleTimeSeconds;
    }

    public int faultCode() {
        return faultCode;
    }

    /** How long a machine stays in a state: a fixed minimum plus an exponentially distributed rest. */
    private enum Spell {
        RUNNING(300, 1_800),
        IDLE(60, 240),
        DOWN(120, 480);

        private final double minimumSeconds;
        private final double meanExtraSeconds;

        Spell(double minimumSeconds, double meanExtraSeconds) {
            this.minimumSeconds = minimumSeconds;
            this.meanExtraSeconds = meanExtraSeconds;
        }

        static Spell of(MachineState state) {
            return switch (state) {
                case RUNNING -> RUNNING;
                case IDLE -> IDLE;
                case DOWN -> DOWN;
            };
        }

        double draw(SplittableRandom random) {
            return minimumSeconds - meanExtraSeconds * Math.log(1 - random.nextDouble());
        }
    }
}
