package com.amrs.simulator.machine;

import java.util.List;
import java.util.Locale;

/** Counts over all machines at one tick, for the log. */
public record FleetSummary(int machines, int running, int idle, int down, long units, long rejects) {

    static FleetSummary of(List<Machine> machines) {
        int running = 0;
        int idle = 0;
        int down = 0;
        long units = 0;
        long rejects = 0;
        for (Machine machine : machines) {
            switch (machine.state()) {
                case RUNNING -> running++;
                case IDLE -> idle++;
                case DOWN -> down++;
            }
            units += machine.totalCount();
            rejects += machine.rejectCount();
        }
        return new FleetSummary(machines.size(), running, idle, down, units, rejects);
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "%,d machines: %,d running, %,d idle, %,d down; %,d units, %,d rejects",
                machines,
                running,
                idle,
                down,
                units,
                rejects);
    }
}
