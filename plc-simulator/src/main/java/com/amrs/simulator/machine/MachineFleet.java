package com.amrs.simulator.machine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * All simulated machines of the plant, advanced together one tick at a time. A tick and a {@link
 * #read(Supplier) read} exclude each other, so a reader sees every machine as of one tick.
 */
public final class MachineFleet {

    private static final String ID_PREFIX = "OPC-UA-M";

    private final List<Machine> machines;
    private final Duration tickLength;
    private final double tickSeconds;
    private final Clock clock;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile Instant lastTick;
    private long ticks;

    /**
     * @param seed the whole plant's history follows from it; machine n's does not depend on the
     *     number of machines
     * @param idealCycleTimes catalogue values by machine id; machines not listed draw their own
     */
    public MachineFleet(int count, Duration tickLength, long seed, Map<String, Double> idealCycleTimes, Clock clock) {
        this.tickLength = tickLength;
        this.tickSeconds = tickLength.toNanos() / 1e9;
        this.clock = clock;
        this.lastTick = clock.instant();
        var root = new SplittableRandom(seed);
        var all = new ArrayList<Machine>(count);
        for (int number = 1; number <= count; number++) {
            String id = machineId(number);
            Double catalogued = idealCycleTimes.get(id);
            var cycleTime = catalogued == null ? OptionalDouble.empty() : OptionalDouble.of(catalogued);
            all.add(new Machine(id, cycleTime, root.split()));
        }
        this.machines = List.copyOf(all);
    }

    public static String machineId(int number) {
        return ID_PREFIX + number;
    }

    /** Advances every machine by exactly one tick length of simulated time. */
    public void tick() {
        lock.writeLock().lock();
        try {
            for (Machine machine : machines) {
                machine.tick(tickSeconds);
            }
            ticks++;
            lastTick = clock.instant();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Runs {@code reading} while no tick is in progress. */
    public <T> T read(Supplier<T> reading) {
        lock.readLock().lock();
        try {
            return reading.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    public FleetSummary summary() {
        return read(() -> FleetSummary.of(machines));
    }

    /** The machines in id order; read their values only inside {@link #read(Supplier)}. */
    public List<Machine> machines() {
        return machines;
    }

    public Duration tickLength() {
        return tickLength;
    }

    /** Wall-clock time of the latest tick (start-up until the first one). */
    public Instant lastTick() {
        return lastTick;
    }

    public long ticks() {
        return read(() -> ticks);
    }
}
