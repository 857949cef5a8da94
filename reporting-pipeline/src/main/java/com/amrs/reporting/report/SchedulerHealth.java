package com.amrs.reporting.report;

import com.amrs.reporting.config.ReportingProperties;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health}'s {@code scheduler} (DESIGN.md §16): up while the worker looks for report jobs as
 * often as it should, or makes one within its lease; down when it stopped looking, whatever files exist.
 */
@Component("scheduler")
class SchedulerHealth implements HealthIndicator {

    private final JobWorker worker;
    private final Duration late;
    private final Duration lease;

    SchedulerHealth(JobWorker worker, ReportingProperties properties) {
        this.worker = worker;
        this.late = properties.report().jobPoll().multipliedBy(3).plusSeconds(30);
        this.lease = properties.report().jobLease();
    }

    @Override
    public Health health() {
        Instant now = Instant.now();
        var busy = worker.busy();
        if (busy.isPresent()) {
            Duration making = Duration.between(busy.get().since(), now);
            var health = making.compareTo(lease) > 0 ? Health.down() : Health.up();
            return health.withDetail("making", "report job " + busy.get().job())
                    .withDetail("since", busy.get().since().toString())
                    .build();
        }
        return worker.lastLook()
                .map(look -> (Duration.between(look, now).compareTo(late) > 0 ? Health.down() : Health.up())
                        .withDetail("last_look", look.toString())
                        .build())
                .orElseGet(() ->
                        Health.unknown().withDetail("last_look", "not yet").build());
    }
}
