package com.amrs.api.alert.notify;

import com.amrs.api.alert.AlertChanged;
import com.amrs.api.alert.AlertProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends the pending notifications, each channel on a thread of its own, so that a webhook that hangs or an SMTP
 * server that is away delays nothing but its own channel (never the collector, which only writes rows). Woken
 * when an alert changed, and every second for the retries: 1 s, 2 s, 4 s … up to 5 min apart, for a day from
 * when the notification was written; then it is failed.
 */
@Component
class NotificationDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);
    static final Duration GIVE_UP_AFTER = Duration.ofDays(1);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private final AlertProperties properties;
    private final NotificationRows rows;
    private final WebhookSender webhooks;
    private final AlertMailer mailer;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Map<String, ExecutorService> senders = new ConcurrentHashMap<>();
    private final Map<String, AtomicBoolean> queued = new ConcurrentHashMap<>();
    private final Set<String> waiting = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService timer;

    NotificationDispatcher(
            AlertProperties properties,
            NotificationRows rows,
            WebhookSender webhooks,
            AlertMailer mailer,
            Clock clock,
            MeterRegistry meters) {
        this.properties = properties;
        this.rows = rows;
        this.webhooks = webhooks;
        this.mailer = mailer;
        this.clock = clock;
        this.meters = meters;
    }

    @EventListener
    void on(AlertChanged changed) {
        wake();
    }

    /** Has every channel look for due notifications (at once, unless it is busy sending). */
    void wake() {
        for (AlertProperties.Channel channel : properties.channels()) {
            AtomicBoolean due = queued.get(channel.name());
            ExecutorService sender = senders.get(channel.name());
            if (sender != null && due.compareAndSet(false, true)) {
                try {
                    sender.execute(() -> {
                        due.set(false);
                        drain(channel);
                    });
                } catch (RejectedExecutionException stopping) {
                    due.set(false);
                }
            }
        }
    }

    private void drain(AlertProperties.Channel channel) {
        try {
            for (var next = rows.take(channel.name(), clock.instant());
                    next.isPresent();
                    next = rows.take(channel.name(), clock.instant())) {
                deliver(channel, next.get());
            }
            if (waiting.remove(channel.name())) {
                log.info("Alert notifications of channel {} are sent again", channel.name());
            }
        } catch (RuntimeException e) {
            if (waiting.add(channel.name())) {
                log.warn("Alert notifications of channel {} wait for the database: {}", channel.name(), e.getMessage());
            }
        }
    }

    private void deliver(AlertProperties.Channel channel, NotificationRows.Notification notification) {
        try {
            if (channel.isWebhook()) {
                webhooks.send(channel, notification.body());
            } else {
                mailer.send(channel, notification.alertId(), notification.body());
            }
            rows.sent(notification.id(), clock.instant());
            log.info("Alert {} {} sent to channel {}", notification.alertId(), notification.event(), channel.name());
        } catch (DeliveryException e) {
            failures(channel.name()).increment();
            Instant now = clock.instant();
            if (e.isPermanent() || !now.isBefore(notification.createdAt().plus(GIVE_UP_AFTER))) {
                rows.failed(notification.id(), e.getMessage());
                log.error(
                        "Alert {} {} to channel {} failed for good: {}",
                        notification.alertId(),
                        notification.event(),
                        channel.name(),
                        e.getMessage());
            } else {
                Instant next = now.plus(backoff(notification.attempts()));
                rows.retry(notification.id(), next, e.getMessage());
                log.warn(
                        "Alert {} {} to channel {} failed (try {}), next at {}: {}",
                        notification.alertId(),
                        notification.event(),
                        channel.name(),
                        notification.attempts(),
                        next,
                        e.getMessage());
            }
        }
    }

    /** 1 s after the first try, then doubled, at most 5 min. */
    static Duration backoff(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 16);
        Duration backoff = Duration.ofSeconds(1L << doublings);
        return backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff;
    }

    private Counter failures(String channel) {
        return Counter.builder("amrs.alerts.notification.failures")
                .description("Notifications a channel did not take (each failed try)")
                .tag("channel", channel)
                .register(meters);
    }

    @Override
    public void start() {
        for (AlertProperties.Channel channel : properties.channels()) {
            senders.put(
                    channel.name(),
                    Executors.newSingleThreadExecutor(Thread.ofPlatform()
                            .name("alert-channel-" + channel.name())
                            .daemon()
                            .factory()));
            queued.put(channel.name(), new AtomicBoolean());
            failures(channel.name());
        }
        if (!senders.isEmpty()) {
            timer = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().name("alert-notifications").daemon().factory());
            timer.scheduleWithFixedDelay(this::wake, 1, 1, TimeUnit.SECONDS);
        }
        if (!mailer.enabled() && properties.channels().stream().anyMatch(channel -> !channel.isWebhook())) {
            log.warn("Alert e-mail channels are configured but SMTP_SERVER is not set: their notifications fail");
        }
    }

    @Override
    public void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
        senders.values().forEach(ExecutorService::shutdownNow);
        senders.clear();
    }

    @Override
    public boolean isRunning() {
        return !senders.isEmpty();
    }
}
