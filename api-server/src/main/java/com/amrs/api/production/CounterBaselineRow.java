package com.amrs.api.production;

import java.math.BigInteger;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code counter_baselines}: the PLC counters a machine's latest stored record was counted
 * from (DESIGN.md §13).
 *
 * @param counted {@code total_count} or {@code good_count}: which counter {@code totalCount} holds
 * @param totalType the counter's OPC-UA type, e.g. {@code UINT16}
 */
public record CounterBaselineRow(
        String plc,
        String machineId,
        String counted,
        @Nullable BigInteger totalCount,
        @Nullable String totalType,
        @Nullable BigInteger rejectCount,
        @Nullable String rejectType,
        @Nullable Double downtimeSeconds,
        @Nullable String state,
        @Nullable Instant serverStartTime,
        Instant readAt) {}
