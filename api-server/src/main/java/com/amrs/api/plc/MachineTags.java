package com.amrs.api.plc;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExpandedNodeId;
import org.jspecify.annotations.Nullable;

/**
 * One machine's nodes on its PLC.
 *
 * @param idealCycleTimeSeconds from the tag map, for a machine without an ideal_cycle_time_seconds node
 */
public record MachineTags(
        String machineId,
        Map<Signal, ExpandedNodeId> nodes,
        StateMap stateMap,
        @Nullable Double idealCycleTimeSeconds) {

    public MachineTags {
        Map<Signal, ExpandedNodeId> inSignalOrder = new EnumMap<>(Signal.class);
        inSignalOrder.putAll(nodes);
        nodes = Collections.unmodifiableMap(inSignalOrder);
    }

    public Optional<ExpandedNodeId> node(Signal signal) {
        return Optional.ofNullable(nodes.get(signal));
    }
}
