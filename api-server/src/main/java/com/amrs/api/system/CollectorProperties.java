package com.amrs.api.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code amrs.collector} (DESIGN.md §13).
 *
 * @param maxRateFactor a counter delta above this many times what the machine makes in the interval at its
 *     ideal cycle time is a counter jump: stored as 0 units, the raw delta kept in a validation event
 */
@ConfigurationProperties("amrs.collector")
public record CollectorProperties(@DefaultValue("10") double maxRateFactor) {

    public CollectorProperties {
        if (!(maxRateFactor >= 1) || Double.isInfinite(maxRateFactor)) {
            throw new IllegalArgumentException(
                    "amrs.collector.max-rate-factor must be a number of at least 1, was " + maxRateFactor);
        }
    }
}
