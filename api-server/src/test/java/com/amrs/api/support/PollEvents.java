package com.amrs.api.support;

import static org.awaitility.Awaitility.await;

import com.amrs.api.live.ProductionPolled;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;

/** Remembers every {@link ProductionPolled} event, so that tests can wait for polls. */
@TestConfiguration(proxyBeanMethods = false)
public class PollEvents {

    private final List<ProductionPolled> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(ProductionPolled event) {
        events.add(event);
    }

    /** Timestamps of the polls that read the PLC after {@code instant}. */
    public List<Instant> after(Instant instant) {
        return events.stream()
                .map(ProductionPolled::timestamp)
                .filter(timestamp -> timestamp.isAfter(instant))
                .toList();
    }

    /**
     * Waits until {@code count} polls have read the PLC after {@code instant} and stored their
     * records (the event follows the write); returns the last one's timestamp.
     */
    public Instant awaitPolls(Instant instant, int count, Duration atMost) {
        await().atMost(atMost).until(() -> after(instant).size() >= count);
        return after(instant).getLast();
    }

    public Instant awaitPoll(Instant instant) {
        return awaitPolls(instant, 1, Duration.ofSeconds(30));
    }
}
