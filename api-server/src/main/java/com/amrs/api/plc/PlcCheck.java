package com.amrs.api.plc;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.OpcUaDataType;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;

/**
 * {@code plc-check} (DESIGN.md §12): connects to a PLC with the collector's settings, reads every
 * mapped node once and prints one line per node: machine, signal, NodeId, DataType, value, status.
 * A node is usable when it reads Good, a number for every signal but {@code state}, and a state its
 * machine's state map knows.
 */
public final class PlcCheck {

    private static final String LINE = "  %-14s %-24s %-58s %-9s %-16s %s%n";

    private final PlcClients clients;
    private final PrintStream out;

    public PlcCheck(PlcClients clients, PrintStream out) {
        this.clients = clients;
        this.out = out;
    }

    /** Prints the PLC's nodes; true when every one is usable. */
    public boolean check(PlcDefinition plc) {
        out.printf("PLC %s at %s (%s)%n", plc.name(), plc.url(), plc.security());
        OpcUaClient client;
        try {
            client = clients.connect(plc);
        } catch (PlcConnectException e) {
            out.printf("  %s: %s%n", e.state().json(), e.getMessage());
            return false;
        }
        try {
            List<MachineTags> machines = plc.discoverSimulator() ? SimulatorDiscovery.machines(client) : plc.machines();
            NodePlan plan = new NodePlan(machines, client.getNamespaceTable());
            ChunkedReads reads = ChunkedReads.of(client, plc.name());
            List<DataValue> values = reads.values(plan.nodeIds());
            List<DataValue> types = reads.read(plan.nodeIds(), AttributeId.DataType);
            out.printf("  connected, %d machines, up to %d nodes per Read%n", machines.size(), reads.chunk());
            out.printf(LINE, "MACHINE", "SIGNAL", "NODE ID", "DATA TYPE", "VALUE", "STATUS");
            List<String> problems = new ArrayList<>();
            for (int m = 0; m < machines.size(); m++) {
                problems.addAll(machine(machines.get(m), plan.positions(m), plan.unresolved(m), values, types));
            }
            out.printf(
                    "  %s%n",
                    problems.isEmpty() ? "every node is readable and usable" : problems.size() + " not usable:");
            problems.forEach(problem -> out.printf("    %s%n", problem));
            return problems.isEmpty();
        } catch (UaException | RuntimeException e) {
            out.printf("  unreachable: reading failed: %s%n", e.getMessage());
            return false;
        } finally {
            PlcClients.disconnectQuietly(client);
        }
    }

    private List<String> machine(
            MachineTags machine,
            Map<Signal, Integer> positions,
            Map<Signal, String> unresolved,
            List<DataValue> values,
            List<DataValue> types) {
        List<String> problems = new ArrayList<>();
        machine.nodes().forEach((signal, node) -> {
            Integer at = positions.get(signal);
            String status = at == null ? unresolved.get(signal) : status(values.get(at));
            Object value = at == null ? null : values.get(at).value().value();
            String problem =
                    at == null || !values.get(at).statusCode().isGood() ? status : unusable(machine, signal, value);
            out.printf(
                    LINE,
                    machine.machineId(),
                    signal.key(),
                    node.toParseableString(),
                    at == null ? "-" : dataType(types.get(at)),
                    value == null ? "-" : String.valueOf(value),
                    problem == null ? status : status + ", " + problem);
            if (problem != null) {
                problems.add(
                        machine.machineId() + " " + signal.key() + " (" + node.toParseableString() + "): " + problem);
            }
        });
        return problems;
    }

    private static String unusable(MachineTags machine, Signal signal, Object value) {
        if (signal == Signal.STATE) {
            return value == null || machine.stateMap().map(value).isEmpty()
                    ? "the state map has no entry for " + value
                    : null;
        }
        return value instanceof Number
                ? null
                : "not a number: " + (value == null ? "null" : value.getClass().getSimpleName());
    }

    private static String status(DataValue value) {
        return ConnectFailures.name(value.statusCode().value());
    }

    private static String dataType(DataValue type) {
        if (!(type.value().value() instanceof NodeId id)) {
            return "?";
        }
        OpcUaDataType builtin = OpcUaDataType.fromNodeId(id);
        return builtin != null ? builtin.name() : id.toParseableString();
    }
}
