package com.amrs.simulator.machine;

import com.amrs.core.machine.MachineState;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

/**
 * One simulated machine: a seeded state machine that advances by a given length of simulated
 * time per {@link #tick(double)}. Same random source, same history. Not thread-safe; {@link
 * MachineFleet} guards it.
 *
 * <p>It runs (mean 25 min), then stops in one of the ways of {@link Spell}, then runs again. A
 * run ends in a wait (IDLE, FaultCode 0) 10 times in 30, a planned changeover (IDLE, 801, 5-15 min)
 * 2 in 30, a fault (DOWN, 101/204/317/422/509/613, mean 10 min) 9 in 30 and a micro-stop (DOWN,
 * 101 or 317, 10-90 s) 9 in 30. One run and its stop last 1,835 s on average, so per 8 h shift a
 * machine has about 15.7 stops: 4.7 faults, 4.7 micro-stops, 5.2 waits and 1.05 changeovers. In
 * the long run it spends about 81.7 % of the time RUNNING, 10.6 % DOWN (9.8 % faults, 0.8 %
 * micro-stops) and 7.6 % IDLE (5.5 % waiting, 2.2 % changeovers).
 */
public final class Machine {

    private final String id;
    private final double idealCycleTimeSeconds;
    private final double rejectRate;
    private final SplittableRandom random;

    private Spell spell;
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
        enter(random.nextDouble() < 0.8 ? Spell.RUNNING : Spell.stopAfterRunning(random));
        // joined part-way through the first spell, so that machines do not all change state at once
        spellLeftSeconds *= random.nextDouble();
    }

    /** Lets {@code seconds} of simulated time pass: produce, rest or stand still, then maybe change state. */
    void tick(double seconds) {
        switch (spell.state()) {
            case RUNNING -> produce(seconds);
            case DOWN -> downtimeSeconds += seconds;
            case IDLE -> {}
        }
        spellLeftSeconds -= seconds;
        if (spellLeftSeconds <= 0) {
            enter(spell == Spell.RUNNING ? Spell.stopAfterRunning(random) : Spell.RUNNING);
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

    private void enter(Spell next) {
        spell = next;
        spellLeftSeconds = next.drawSeconds(random);
        faultCode = next.drawFaultCode(random);
    }

    public String id() {
        return id;
    }

    public MachineState state() {
        return spell.state();
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
}
