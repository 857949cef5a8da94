package com.amrs.api.live;

import java.time.Instant;
import java.util.List;

/** The live stream's message after every poll (DESIGN.md §8), on {@code /ws} and {@code /topic/live}. */
record LiveUpdate(String type, Instant timestamp, List<LiveMachine> data) {

    static LiveUpdate of(Instant timestamp, List<LiveMachine> machines) {
        return new LiveUpdate("live_update", timestamp, machines);
    }
}
