package com.amrs.api.plc;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One PLC in {@code /api/health} (DESIGN.md §12).
 *
 * @param machines the machines its tag map or browse gave
 * @param pollMs how long the last poll's Reads took
 * @param error why it is not connected, or null
 * @param badNodes mapped nodes that gave no usable value in the last poll: only their machines lose data
 */
public record PlcStatus(
        String name,
        String url,
        PlcState state,
        int machines,
        @Nullable Instant lastPoll,
        @Nullable Long pollMs,
        @Nullable String error,
        List<BadNode> badNodes) {

    public record BadNode(String machineId, String signal, String nodeId, String problem) {}

    static PlcStatus connecting(PlcDefinition plc) {
        return new PlcStatus(
                plc.name(), plc.url(), PlcState.CONNECTING, plc.machines().size(), null, null, null, List.of());
    }
}
