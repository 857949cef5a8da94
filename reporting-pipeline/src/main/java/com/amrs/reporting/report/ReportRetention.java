package com.amrs.reporting.report;

import com.amrs.reporting.config.ReportingProperties;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Removes reports older than {@code amrs.report.retention-days} ({@code REPORT_RETENTION_DAYS}): daily and at start. */
@Component
class ReportRetention {

    private static final Logger log = LoggerFactory.getLogger(ReportRetention.class);

    private final ReportRepository reports;
    private final Clock clock;
    private final Duration keep;

    ReportRetention(ReportRepository reports, Clock clock, ReportingProperties properties) {
        this.reports = reports;
        this.clock = clock;
        this.keep = Duration.ofDays(properties.report().retentionDays());
    }

    void removeOld() {
        int removed = reports.removeBefore(clock.instant().minus(keep));
        if (removed > 0) {
            log.info("Removed {} reports older than {} days", removed, keep.toDays());
        }
    }
}
