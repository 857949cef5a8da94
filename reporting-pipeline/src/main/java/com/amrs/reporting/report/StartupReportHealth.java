package com.amrs.reporting.report;

import java.util.Optional;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health}'s {@code startupReport}: the state of the report this instance queued at start-up
 * ({@code queued}, {@code running}, {@code done}, {@code failed} with its error). Always up: a failed report
 * is retried on the schedule and does not make the instance unhealthy; the local launcher waits for it.
 */
@Component("startupReport")
class StartupReportHealth implements HealthIndicator {

    private final ReportJobs jobs;
    private volatile Long job;

    StartupReportHealth(ReportJobs jobs) {
        this.jobs = jobs;
    }

    void queued(long job) {
        this.job = job;
    }

    @Override
    public Health health() {
        Long queued = job;
        if (queued == null) {
            return Health.up().withDetail("state", "not queued").build();
        }
        Optional<ReportJobs.Outcome> outcome = jobs.outcome(queued);
        var health = Health.up().withDetail("job", queued);
        outcome.ifPresent(o -> {
            health.withDetail("state", o.state());
            if (o.error() != null) {
                health.withDetail("error", o.error());
            }
        });
        return health.build();
    }
}
