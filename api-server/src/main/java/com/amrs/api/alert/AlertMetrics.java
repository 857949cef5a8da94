package com.amrs.api.alert;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/** {@code amrs_alerts_firing{rule}}: the firing alerts of each configured rule, as the database has them. */
@Component
class AlertMetrics {

    private final AlertStore store;
    private final Map<String, AtomicLong> firing = new ConcurrentHashMap<>();

    AlertMetrics(AlertProperties properties, AlertStore store, MeterRegistry meters) {
        this.store = store;
        for (AlertProperties.Rule rule : properties.rules()) {
            AtomicLong count = new AtomicLong();
            firing.put(rule.name(), count);
            Gauge.builder("amrs.alerts.firing", count, AtomicLong::get)
                    .description("Alerts firing now")
                    .tag("rule", rule.name())
                    .register(meters);
        }
    }

    void refresh() {
        Map<String, Long> counts = store.firingPerRule();
        firing.forEach((rule, count) -> count.set(counts.getOrDefault(rule, 0L)));
    }
}
