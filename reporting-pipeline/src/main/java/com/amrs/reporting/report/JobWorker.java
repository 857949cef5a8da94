package com.amrs.reporting.report;

import com.amrs.reporting.config.ReportingProperties;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;

/**
 * Makes the queued reports, one at a time, as long as there are any: called by the schedule every
 * {@code amrs.report.job-poll}. Remembers when it last looked, for the health check.
 */
@Component
class JobWorker {

    private static final Logger log = LoggerFactory.getLogger(JobWorker.class);

    private final ReportJobs jobs;
    private final ReportGenerator generator;
    private final Clock clock;
    private final Duration lease;
    private final String name = ManagementFactory.getRuntimeMXBean().getName();
    private volatile Instant lastLook;
    private volatile Busy busy;

    /** The job being made, since when (the machine's clock). */
    record Busy(long job, Instant since) {}

    JobWorker(ReportJobs jobs, ReportGenerator generator, Clock clock, ReportingProperties properties) {
        this.jobs = jobs;
        this.generator = generator;
        this.clock = clock;
        this.lease = properties.report().jobLease();
    }

    void work() {
        lastLook = Instant.now();
        Optional<ReportJobs.Job> job;
        while ((job = take()).isPresent()) {
            run(job.get());
            lastLook = Instant.now();
        }
    }

    Optional<Busy> busy() {
        return Optional.ofNullable(busy);
    }

    /** When the worker last looked for jobs (the machine's clock), empty before its first look. */
    Optional<Instant> lastLook() {
        return Optional.ofNullable(lastLook);
    }

    private Optional<ReportJobs.Job> take() {
        Instant now = clock.instant();
        return jobs.take(name, now, now.plus(lease));
    }

    private void run(ReportJobs.Job job) {
        ReportRequest request = job.request();
        log.info(
                "Report job {} ({} of {}, try {}) taken",
                job.id(),
                request.kind().code(),
                request.window(),
                job.attempt());
        busy = new Busy(job.id(), Instant.now());
        try {
            GeneratedReport report = generator.generate(request);
            jobs.done(job.id(), report.id(), clock.instant());
        } catch (RuntimeException e) {
            String reason = NestedExceptionUtils.getMostSpecificCause(e).getMessage();
            log.error("Report failed: job {}: {}", job.id(), reason, e);
            jobs.failed(job.id(), reason == null ? e.getClass().getSimpleName() : reason, clock.instant());
        } finally {
            busy = null;
        }
    }
}
