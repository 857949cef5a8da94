package com.amrs.api.collector;

import com.amrs.api.plc.MachinePoll;
import com.amrs.api.plc.MachineTags;
import com.amrs.api.plc.Signal;
import com.amrs.api.plc.StateMap;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExpandedNodeId;

/** Machine polls as a PLC would give them, for tests of what the collector makes of them. */
final class Polls {

    private Polls() {}

    /** A machine whose tag map maps these signals (to made-up nodes) with this state map. */
    static MachineTags machine(String id, StateMap states, Signal... signals) {
        Map<Signal, ExpandedNodeId> nodes = new EnumMap<>(Signal.class);
        for (Signal signal : signals) {
            nodes.put(signal, ExpandedNodeId.parse("nsu=urn:test;s=" + id + "." + signal.key()));
        }
        return new MachineTags(id, nodes, states, null);
    }

    /** Our simulator's six signals. */
    static MachineTags simulatorMachine(String id) {
        return machine(
                id,
                StateMap.amrs(),
                Signal.STATE,
                Signal.TOTAL_COUNT,
                Signal.REJECT_COUNT,
                Signal.DOWNTIME_SECONDS,
                Signal.IDEAL_CYCLE_TIME_SECONDS,
                Signal.FAULT_CODE);
    }

    /** Values by signal, given as signal, value, signal, value, … */
    static MachinePoll poll(MachineTags machine, Object... signalsAndValues) {
        Map<Signal, Object> values = new EnumMap<>(Signal.class);
        for (int i = 0; i < signalsAndValues.length; i += 2) {
            if (signalsAndValues[i + 1] != null) {
                values.put((Signal) signalsAndValues[i], signalsAndValues[i + 1]);
            }
        }
        return new MachinePoll(machine, values, Map.of());
    }
}
