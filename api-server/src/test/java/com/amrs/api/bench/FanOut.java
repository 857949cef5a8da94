package com.amrs.api.bench;

import com.amrs.api.support.LiveListener;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a set of updates reached a set of clients: the time from each update's timestamp to its arrival at
 * each client, the spread from the first client to get it to each, the time each update took to reach its last
 * client (one figure per update, so a single stalled update does not decide it as it decides the p99 of all
 * messages), and the messages that never came.
 */
record FanOut(int updates, long expected, long missing, Latencies latency, Latencies spread, Latencies toLast) {

    static FanOut of(List<LiveListener> listeners, Set<Instant> updates) {
        List<LiveListener.Received> arrivals = new ArrayList<>();
        long missing = 0;
        for (LiveListener listener : listeners) {
            Set<Instant> received = new HashSet<>();
            for (LiveListener.Received message : listener.messages()) {
                if (updates.contains(message.timestamp()) && received.add(message.timestamp())) {
                    arrivals.add(message);
                }
            }
            missing += updates.size() - received.size();
        }
        Map<Instant, Instant> first = new HashMap<>();
        Map<Instant, Duration> last = new HashMap<>();
        for (LiveListener.Received message : arrivals) {
            first.merge(message.timestamp(), message.at(), (a, b) -> a.isBefore(b) ? a : b);
            last.merge(message.timestamp(), message.latency(), (a, b) -> a.compareTo(b) > 0 ? a : b);
        }
        return new FanOut(
                updates.size(),
                (long) updates.size() * listeners.size(),
                missing,
                Latencies.of(arrivals.stream().map(LiveListener.Received::latency)),
                Latencies.of(arrivals.stream()
                        .map(message -> Duration.between(first.get(message.timestamp()), message.at()))),
                Latencies.of(last.values().stream()));
    }

    @Override
    public String toString() {
        return "%d updates, %,d messages expected, %,d missing; %s; first client to each %s; to the last client, per update %s"
                .formatted(updates, expected, missing, latency, spread, toLast);
    }
}
