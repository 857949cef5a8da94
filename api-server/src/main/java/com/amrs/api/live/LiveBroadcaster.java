package com.amrs.api.live;

import com.amrs.api.system.AmrsProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.messaging.SessionSubscribeEvent;

/**
 * Pushes every poll to the live stream on a thread of its own, so that the collector never waits:
 * serialises the update once, hands the very same bytes to every {@code /ws} client and {@code
 * /topic/live}, then sends {@code /api/kpis?days=1} to {@code /topic/kpis}, at most once every {@link
 * #KPIS_AT_MOST_EVERY} (several PLCs polled every second would have it computed for each of their polls; the
 * last poll's KPIs follow when the time is up). A new client gets the latest update at once. Should polls come
 * faster than they can be sent, only the newest is sent.
 */
@Component
class LiveBroadcaster implements DisposableBean {

    static final Duration KPIS_AT_MOST_EVERY = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(LiveBroadcaster.class);

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("live-broadcast").daemon().factory());
    private final AtomicReference<ProductionPolled> next = new AtomicReference<>();
    private final RawClients raw;
    private final StompTopics stomp;
    private final LiveSources sources;
    private final Clock clock;
    private volatile TextMessage latestLive;
    private volatile byte[] latestKpis;
    private volatile Instant lastBroadcast;
    private long kpisSentAt = Long.MIN_VALUE;
    private boolean kpisScheduled;

    LiveBroadcaster(RawClients raw, StompTopics stomp, LiveSources sources, Clock clock, AmrsProperties properties) {
        this.raw = raw;
        this.stomp = stomp;
        this.sources = sources;
        this.clock = clock;
        long ping = properties.api().live().pingInterval().toMillis();
        thread.scheduleAtFixedRate(() -> guarded(raw::ping), ping, ping, TimeUnit.MILLISECONDS);
    }

    Optional<Instant> lastBroadcast() {
        return Optional.ofNullable(lastBroadcast);
    }

    @EventListener
    void on(ProductionPolled polled) {
        if (next.getAndSet(polled) == null) {
            execute(this::broadcastNext);
        }
    }

    @EventListener
    void on(SessionSubscribeEvent event) {
        var headers = SimpMessageHeaderAccessor.wrap(event.getMessage());
        String topic = headers.getDestination();
        if (StompTopics.LIVE.equals(topic) || StompTopics.KPIS.equals(topic)) {
            execute(() -> replay(headers.getSessionId(), headers.getSubscriptionId(), topic));
        }
    }

    void join(RawClient client) {
        execute(() -> {
            if (client.isOpen()) {
                raw.add(client, live());
            }
        });
    }

    private void broadcastNext() {
        ProductionPolled polled = next.getAndSet(null);
        if (polled == null) {
            return;
        }
        TextMessage live = sources.serialise(LiveUpdate.of(polled.timestamp(), polled.machines()));
        latestLive = live;
        raw.sendToAll(live);
        stomp.send(StompTopics.LIVE, live.asBytes());
        lastBroadcast = clock.instant();
        kpisWhenDue();
    }

    /** On the broadcast thread, as everything that touches {@code kpisSentAt} and {@code kpisScheduled}. */
    private void kpisWhenDue() {
        long wait = kpisSentAt + KPIS_AT_MOST_EVERY.toNanos() - System.nanoTime();
        if (kpisSentAt == Long.MIN_VALUE || wait <= 0) {
            sendKpis();
        } else if (!kpisScheduled) {
            kpisScheduled = true;
            schedule(
                    () -> {
                        kpisScheduled = false;
                        sendKpis();
                    },
                    wait);
        }
    }

    private void sendKpis() {
        kpisSentAt = System.nanoTime();
        sources.kpis().ifPresent(kpis -> {
            latestKpis = kpis;
            stomp.send(StompTopics.KPIS, kpis);
        });
    }

    private void replay(String sessionId, String subscriptionId, String topic) {
        byte[] latest = StompTopics.LIVE.equals(topic)
                ? live().asBytes()
                : Optional.ofNullable(latestKpis).or(sources::kpis).orElse(null);
        if (latest != null) {
            stomp.sendTo(sessionId, subscriptionId, topic, latest);
        }
    }

    /** The latest update, or before the first poll what the live snapshot holds. */
    private TextMessage live() {
        TextMessage latest = latestLive;
        return latest != null ? latest : sources.serialise(LiveUpdate.of(clock.instant(), sources.machines()));
    }

    private void execute(Runnable task) {
        try {
            thread.execute(() -> guarded(task));
        } catch (RejectedExecutionException e) {
            log.debug("Shutting down, live stream stopped");
        }
    }

    private void schedule(Runnable task, long delayNanos) {
        try {
            thread.schedule(() -> guarded(task), delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            log.debug("Shutting down, live stream stopped");
        }
    }

    private static void guarded(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.error("Live stream task failed", e);
        }
    }

    @Override
    public void destroy() {
        thread.shutdownNow();
    }
}
