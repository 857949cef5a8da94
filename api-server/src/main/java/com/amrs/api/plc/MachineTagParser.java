package com.amrs.api.plc;

import static com.amrs.api.plc.TagMap.invalid;

import com.amrs.api.plc.PlcProperties.Machine;
import com.amrs.api.plc.PlcProperties.MachineTemplate;
import com.amrs.api.plc.PlcProperties.Plc;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExpandedNodeId;

/** A PLC's {@code machines} and {@code machine-template}, checked and turned into {@link MachineTags}. */
final class MachineTagParser {

    /** What {@code machine_id} holds everywhere: printable, at most 64 characters. */
    private static final Pattern MACHINE_ID = Pattern.compile("[\\p{Alnum}._:/-]{1,64}");

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min)?");

    private MachineTagParser() {}

    /** @param machineIds the ids of the PLCs before, to which this PLC's are added */
    static List<MachineTags> machines(String plcKey, Plc plc, Set<String> machineIds) {
        List<MachineTags> machines = new ArrayList<>();
        for (int m = 0; m < plc.machines().size(); m++) {
            Machine machine = plc.machines().get(m);
            String key = plcKey + ".machines[" + m + "]";
            requireNewId(key + ".id", machine.id(), machineIds);
            machines.add(machine(key, machine.id(), machine.nodes(), machine.stateMap(), machine.idealCycleTime()));
        }
        MachineTemplate template = plc.machineTemplate();
        if (template != null) {
            String key = plcKey + ".machine-template";
            if (template.ids().isEmpty()) {
                throw invalid(key + ".ids", "[]", "a template names the ids of its machines");
            }
            for (int t = 0; t < template.ids().size(); t++) {
                String id = template.ids().get(t);
                requireNewId(key + ".ids[" + t + "]", id, machineIds);
                Map<String, String> nodes = new LinkedHashMap<>();
                template.nodes().forEach((signal, node) -> nodes.put(signal, node.replace("{id}", id)));
                machines.add(machine(key, id, nodes, template.stateMap(), template.idealCycleTime()));
            }
        }
        return machines;
    }

    private static void requireNewId(String key, String id, Set<String> machineIds) {
        if (id == null || !MACHINE_ID.matcher(id).matches()) {
            throw invalid(key, id, "a machine id of 1 to 64 letters, digits and . _ : / -");
        }
        if (!machineIds.add(id)) {
            throw invalid(key, id, "another machine has this id already");
        }
    }

    private static MachineTags machine(
            String key, String id, Map<String, String> nodes, Map<String, String> stateMap, String idealCycle) {
        Map<Signal, ExpandedNodeId> signals = new EnumMap<>(Signal.class);
        nodes.forEach((name, node) -> {
            String nodeKey = key + ".nodes." + name;
            Signal signal = Signal.fromKey(name)
                    .orElseThrow(() -> invalid(
                            nodeKey,
                            node,
                            "unknown signal " + name + "; the signals are "
                                    + Arrays.stream(Signal.values())
                                            .map(Signal::key)
                                            .toList()));
            signals.put(signal, nodeId(key + ".nodes." + signal.key(), node));
        });
        requireSignals(key, signals);
        return new MachineTags(id, signals, stateMap(key, stateMap), idealCycleSeconds(key, idealCycle));
    }

    private static void requireSignals(String key, Map<Signal, ExpandedNodeId> signals) {
        if (signals.containsKey(Signal.TOTAL_COUNT) == signals.containsKey(Signal.GOOD_COUNT)) {
            throw invalid(key + ".nodes", signals.keySet(), "exactly one of total_count and good_count");
        }
        for (Signal required : List.of(Signal.REJECT_COUNT, Signal.STATE)) {
            if (!signals.containsKey(required)) {
                throw invalid(key + ".nodes." + required.key(), "", "missing: every machine maps " + required.key());
            }
        }
    }

    private static ExpandedNodeId nodeId(String key, String text) {
        try {
            ExpandedNodeId node = ExpandedNodeId.parse(text.strip());
            if (node.getIdentifier() == null || node.getIdentifier().toString().isEmpty()) {
                throw new IllegalArgumentException("no identifier");
            }
            return node;
        } catch (RuntimeException e) {
            throw invalid(key, text, "not a NodeId: write ns=<index>;s=<name> or nsu=<namespace URI>;i=<number>");
        }
    }

    private static StateMap stateMap(String key, Map<String, String> entries) {
        try {
            return entries == null ? StateMap.amrs() : StateMap.of(entries);
        } catch (IllegalArgumentException e) {
            throw invalid(key + ".state-map", entries, e.getMessage());
        }
    }

    private static Double idealCycleSeconds(String key, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher duration = DURATION.matcher(text.strip());
        double value = duration.matches() ? Double.parseDouble(duration.group(1)) : 0;
        if (value <= 0) {
            throw invalid(key + ".ideal-cycle-time", text, "a positive duration such as 0.8s or 800ms");
        }
        return switch (duration.group(2) == null ? "s" : duration.group(2)) {
            case "ms" -> value / 1000;
            case "m", "min" -> value * 60;
            default -> value;
        };
    }
}
