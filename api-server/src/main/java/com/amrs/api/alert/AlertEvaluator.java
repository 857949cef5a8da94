package com.amrs.api.alert;

import com.amrs.api.collector.ProductionRecorded;
import com.amrs.api.downtime.StopChanged;
import com.amrs.api.system.AmrsProperties;
import com.amrs.api.system.ConditionalOnPlantMode;
import com.amrs.api.system.PlantMode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Evaluates every rule after each poll of a PLC and each stop event, and once a poll interval besides (a PLC that
 * does not answer publishes nothing); on a thread of its own, so the collector only asks for it, and requests that
 * arrive while it runs make one more run. A rule that fails to evaluate (the database away) is tried at the next.
 */
@Component
@ConditionalOnPlantMode({PlantMode.PLANT, PlantMode.EDGE})
class AlertEvaluator implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AlertEvaluator.class);

    private final AlertProperties properties;
    private final Map<Condition, ConditionCheck> checks;
    private final AlertLifecycle lifecycle;
    private final AlertStore store;
    private final AlertMetrics metrics;
    private final Clock clock;
    private final long intervalMillis;
    private final AtomicBoolean requested = new AtomicBoolean();
    private final Map<String, String> failing = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService executor;

    AlertEvaluator(
            AlertProperties properties,
            List<ConditionCheck> checks,
            AlertLifecycle lifecycle,
            AlertStore store,
            AlertMetrics metrics,
            Clock clock,
            AmrsProperties amrs) {
        this.properties = properties;
        this.checks = checks.stream().collect(Collectors.toMap(ConditionCheck::condition, Function.identity()));
        this.lifecycle = lifecycle;
        this.store = store;
        this.metrics = metrics;
        this.clock = clock;
        this.intervalMillis = amrs.api().pollInterval().toMillis();
    }

    @EventListener
    void on(ProductionRecorded recorded) {
        request();
    }

    @EventListener
    void on(StopChanged changed) {
        request();
    }

    /** Asks for an evaluation soon; returns at once. */
    void request() {
        ScheduledExecutorService running = executor;
        if (running != null && requested.compareAndSet(false, true)) {
            try {
                running.execute(this::evaluate);
            } catch (RejectedExecutionException stopping) {
                requested.set(false);
            }
        }
    }

    private void evaluate() {
        requested.set(false);
        Instant now = clock.instant();
        boolean changed = false;
        for (AlertProperties.Rule rule : properties.rules()) {
            try {
                changed |= !lifecycle
                        .apply(rule, checks.get(rule.condition()).check(rule, now), now)
                        .isEmpty();
                if (failing.remove(rule.name()) != null) {
                    log.info("Alert rule {} is evaluated again", rule.name());
                }
            } catch (RuntimeException e) {
                if (failing.put(rule.name(), String.valueOf(e.getMessage())) == null) {
                    log.warn("Alert rule {} could not be evaluated; trying again: {}", rule.name(), e.getMessage());
                }
            }
        }
        if (changed) {
            metrics.refresh();
        }
    }

    @Override
    public void start() {
        if (properties.rules().isEmpty()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("alert-evaluator").daemon().factory());
        executor.execute(this::forgetRemovedRules);
        executor.scheduleWithFixedDelay(this::request, 0, intervalMillis, TimeUnit.MILLISECONDS);
        log.info(
                "Evaluating {} alert rules after every poll", properties.rules().size());
    }

    private void forgetRemovedRules() {
        try {
            var rules =
                    properties.rules().stream().map(AlertProperties.Rule::name).toList();
            int resolved = store.resolveOtherRules(rules, clock.instant());
            if (resolved > 0) {
                log.info("Resolved {} firing alerts of rules no longer in amrs.alerts.rules", resolved);
            }
            metrics.refresh();
        } catch (RuntimeException e) {
            log.warn("Could not look for alerts of removed rules: {}", e.getMessage());
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdownNow();
            try {
                running.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
