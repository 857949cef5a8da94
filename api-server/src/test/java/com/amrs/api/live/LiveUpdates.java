package com.amrs.api.live;

import static org.awaitility.Awaitility.await;

import com.amrs.api.support.LiveListener;
import com.amrs.api.support.RestIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;

/** Publishes polls the way the collector does and waits for the clients to get them. */
final class LiveUpdates {

    private LiveUpdates() {}

    /** Publishes a poll of {@code machines} stamped now; returns once every listener has it. */
    static Instant publishAndAwait(
            ApplicationEventPublisher events, List<LiveListener> listeners, List<LiveMachine> machines) {
        Instant timestamp = Instant.now();
        events.publishEvent(new ProductionPolled(timestamp, machines));
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(5))
                .until(() -> listeners.stream().allMatch(listener -> listener.received(timestamp)));
        return timestamp;
    }

    /** Machines M0001, M0002, … with {@code units} produced each, seen at 09:59:55 today. */
    static List<LiveMachine> machines(int count, long units) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> new LiveMachine(
                        "M%04d".formatted(i),
                        "RUNNING",
                        units,
                        units / 100,
                        1.5,
                        RestIntegrationTest.TODAY,
                        "A",
                        Instant.parse("2026-01-26T09:59:55Z")))
                .toList();
    }

    @SafeVarargs
    static List<LiveListener> all(List<LiveListener>... groups) {
        return Stream.of(groups).flatMap(List::stream).toList();
    }
}
