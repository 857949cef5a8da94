package com.amrs.api.downtime;

import java.time.Instant;

/**
 * What {@code /topic/stops} sends when a stop starts, ends or gets a reason.
 *
 * @param event {@code started}, {@code ended} or {@code reason}
 * @param id the stop's id; null for the collector's changes, which know the stop by machine and start
 */
public record StopChanged(
        String event,
        Long id,
        String machineId,
        Instant startedAt,
        Instant endedAt,
        String state,
        Integer reasonCode,
        String reason,
        String category) {}
