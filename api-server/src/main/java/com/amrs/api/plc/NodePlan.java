package com.amrs.api.plc;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.milo.opcua.stack.core.NamespaceTable;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;

/**
 * What one poll reads, in order: the server's StartTime, then every mapped node of every machine,
 * resolved against the PLC's namespace table. A node whose namespace URI the PLC does not have is
 * not read and stays a problem of its machine.
 */
final class NodePlan {

    private final List<MachineTags> machines;
    private final List<String> namespaces;
    private final List<NodeId> nodeIds = new ArrayList<>();
    private final List<Map<Signal, Integer>> positions = new ArrayList<>();
    private final List<Map<Signal, String>> unresolved = new ArrayList<>();

    NodePlan(List<MachineTags> machines, NamespaceTable namespaces) {
        this.machines = List.copyOf(machines);
        this.namespaces = List.of(namespaces.toArray());
        nodeIds.add(NodeIds.Server_ServerStatus_StartTime);
        for (MachineTags machine : machines) {
            Map<Signal, Integer> at = new EnumMap<>(Signal.class);
            Map<Signal, String> missing = new EnumMap<>(Signal.class);
            machine.nodes()
                    .forEach((signal, node) -> node.toNodeId(namespaces)
                            .ifPresentOrElse(
                                    id -> {
                                        at.put(signal, nodeIds.size());
                                        nodeIds.add(id);
                                    },
                                    () -> missing.put(signal, "the PLC has no namespace " + node.getNamespaceUri())));
            positions.add(at);
            unresolved.add(missing);
        }
    }

    List<NodeId> nodeIds() {
        return nodeIds;
    }

    List<MachineTags> machines() {
        return machines;
    }

    /** Whether the PLC's namespace indexes are still those this plan resolved the NodeIds with. */
    boolean fits(NamespaceTable current) {
        return namespaces.equals(List.of(current.toArray()));
    }

    /** Where each of machine {@code m}'s nodes is in {@link #nodeIds()}. */
    Map<Signal, Integer> positions(int m) {
        return positions.get(m);
    }

    /** Machine {@code m}'s nodes in a namespace the PLC does not have, with the reason. */
    Map<Signal, String> unresolved(int m) {
        return unresolved.get(m);
    }

    /** The values of one Read of {@link #nodeIds()}, machine by machine. */
    PlcPoll poll(String plc, List<DataValue> values, Instant timestamp) {
        List<MachinePoll> polls = new ArrayList<>(machines.size());
        for (int m = 0; m < machines.size(); m++) {
            Map<Signal, Object> machineValues = new EnumMap<>(Signal.class);
            Map<Signal, String> problems = new EnumMap<>(Signal.class);
            problems.putAll(unresolved.get(m));
            positions.get(m).forEach((signal, at) -> {
                DataValue value = values.get(at);
                Object content = value.value().value();
                if (!value.statusCode().isGood()) {
                    problems.put(signal, ConnectFailures.name(value.statusCode().value()));
                } else if (content == null || (signal != Signal.STATE && !(content instanceof Number))) {
                    problems.put(
                            signal,
                            "not a number: "
                                    + (content == null
                                            ? "null"
                                            : content.getClass().getSimpleName()));
                } else {
                    machineValues.put(signal, content);
                }
            });
            polls.add(new MachinePoll(machines.get(m), machineValues, problems));
        }
        return new PlcPoll(plc, timestamp, startTime(values.getFirst()), polls);
    }

    /** To the microsecond, as PostgreSQL keeps it in counter_baselines: a restart is a different start time. */
    private static Instant startTime(DataValue value) {
        return value.statusCode().isGood() && value.value().value() instanceof DateTime time
                ? time.getJavaInstant().truncatedTo(ChronoUnit.MICROS)
                : null;
    }
}
