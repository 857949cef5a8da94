package com.amrs.reporting.report;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.springframework.scheduling.support.CronExpression;

/** The instants of a cron expression in the plant's zone: the slot a scheduled report belongs to. */
final class CronSlots {

    /** How far back a slot is looked for: a day and an hour covers every daily schedule. */
    static final Duration LOOK_BACK = Duration.ofHours(25);

    private final CronExpression cron;
    private final ZoneId zone;

    CronSlots(String cron, ZoneId zone) {
        this.cron = CronExpression.parse(cron);
        this.zone = zone;
    }

    /** The latest slot at or before {@code now}, within {@link #LOOK_BACK}. */
    Optional<Instant> latest(Instant now) {
        ZonedDateTime at = now.minus(LOOK_BACK).atZone(zone);
        ZonedDateTime latest = null;
        ZonedDateTime next;
        while ((next = cron.next(at)) != null && !next.toInstant().isAfter(now)) {
            latest = next;
            at = next;
        }
        return Optional.ofNullable(latest).map(ZonedDateTime::toInstant);
    }
}
