package com.amrs.api.production;

import com.amrs.core.production.ProductionRecord;
import com.amrs.core.validation.ValidationFix;
import java.time.Duration;
import java.util.List;

/**
 * A valid record on its way to {@code live_production}, with what OEE needs beside it and the
 * validation fixes that go to {@code validation_events} in the same transaction.
 *
 * @param interval the time the record covers: its planned time
 * @param idealCycleSeconds the machine's ideal cycle time, 0 when unknown
 */
public record NewRecord(
        ProductionRecord record, Duration interval, double idealCycleSeconds, List<ValidationFix> fixes) {

    public NewRecord {
        if (interval.isNegative()) {
            throw new IllegalArgumentException("interval must not be negative, was " + interval);
        }
        if (!(idealCycleSeconds >= 0) || Double.isInfinite(idealCycleSeconds)) {
            throw new IllegalArgumentException(
                    "idealCycleSeconds must be a finite number >= 0, was " + idealCycleSeconds);
        }
        fixes = List.copyOf(fixes);
    }

    public double intervalSeconds() {
        return interval.toNanos() / 1e9;
    }
}
