package com.amrs.api.retention;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code amrs.retention} (DESIGN.md §18).
 *
 * @param rawDays how many production days of raw records ({@code live_production}, {@code validation_events}) are
 *     kept at least ({@code RAW_RETENTION_DAYS}); older months are dropped whole, the rollups stay
 */
@ConfigurationProperties("amrs.retention")
public record RetentionProperties(@DefaultValue("90") int rawDays) {

    public RetentionProperties {
        if (rawDays < 1) {
            throw new IllegalArgumentException(
                    "amrs.retention.raw-days (RAW_RETENTION_DAYS) must be at least 1, was " + rawDays);
        }
    }
}
