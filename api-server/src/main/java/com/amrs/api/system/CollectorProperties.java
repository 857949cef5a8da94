package com.amrs.api.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code amrs.collector} (DESIGN.md §13).
 *
 * @param maxRateFactor a counter delta above this many times what the machine makes in the interval at its
 *     ideal cycle time is a counter jump: stored as 0 units, the raw delta kept in a validation event
 * @param spoolDir where polls wait on disk while the database is away
 * @param spoolMaxBytes beyond this the spool drops its oldest polls
 * @param writeTimeout the longest a poll's write may take (statement and socket timeouts) before the poll
 *     is spooled: a hung database never freezes the collector
 */
@ConfigurationProperties("amrs.collector")
public record CollectorProperties(
        @DefaultValue("10") double maxRateFactor,
        @DefaultValue(".amrs/spool") Path spoolDir,
        @DefaultValue("1GB") DataSize spoolMaxBytes,
        @DefaultValue("10s") Duration writeTimeout) {

    public CollectorProperties {
        if (!(maxRateFactor >= 1) || Double.isInfinite(maxRateFactor)) {
            throw new IllegalArgumentException(
                    "amrs.collector.max-rate-factor must be a number of at least 1, was " + maxRateFactor);
        }
        if (!usableDirectory(spoolDir)) {
            throw new IllegalArgumentException(
                    "amrs.collector.spool-dir (AMRS_SPOOL_DIR) must be a directory the api-server can write, was "
                            + spoolDir.toAbsolutePath());
        }
        if (spoolMaxBytes.toBytes() < 64 * 1024) {
            throw new IllegalArgumentException(
                    "amrs.collector.spool-max-bytes must be at least 64KB, was " + spoolMaxBytes);
        }
        if (writeTimeout.compareTo(Duration.ofMillis(100)) < 0 || writeTimeout.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException(
                    "amrs.collector.write-timeout must be between 100ms and 1h, was " + writeTimeout);
        }
    }

    /** An existing writable directory, or one that can be made in the nearest existing folder above it. */
    private static boolean usableDirectory(Path dir) {
        Path existing = dir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && Files.isDirectory(existing) && Files.isWritable(existing);
    }
}
