package com.amrs.api.collector;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import com.amrs.core.machine.MachineReading;
import com.amrs.core.machine.MachineState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UShort;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseDirection;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseResultMask;
import org.eclipse.milo.opcua.stack.core.types.enumerated.NodeClass;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseResult;
import org.eclipse.milo.opcua.stack.core.types.structured.ReferenceDescription;

/**
 * The plant's machines as browsed under {@code Objects/Plant} and the NodeIds of their six
 * variables ({@code ns=<idx>;s=<machine>.<Variable>}), in the order one Read request asks for them.
 */
record PlantNodes(List<String> machineIds, List<NodeId> nodeIds) {

    static final String NAMESPACE_URI = "urn:amrs:plc-simulator";
    static final List<String> VARIABLES =
            List.of("State", "TotalCount", "RejectCount", "DowntimeSeconds", "IdealCycleTimeSeconds", "FaultCode");

    static PlantNodes browse(OpcUaClient client) throws UaException {
        UShort namespace = client.readNamespaceTable().getIndex(NAMESPACE_URI);
        if (namespace == null) {
            throw new UaException(StatusCodes.Bad_NotFound, "namespace " + NAMESPACE_URI + " not found on the server");
        }
        NodeId plant = children(client, NodeIds.ObjectsFolder).stream()
                .filter(ref -> ref.getBrowseName().getNamespaceIndex().equals(namespace)
                        && ref.getBrowseName().getName().equals("Plant"))
                .findFirst()
                .flatMap(ref -> ref.getNodeId().toNodeId(client.getNamespaceTable()))
                .orElseThrow(() ->
                        new UaException(StatusCodes.Bad_NotFound, "folder Objects/Plant not found on the server"));
        List<String> machines = children(client, plant).stream()
                .filter(ref -> ref.getNodeClass() == NodeClass.Object)
                .map(ref -> ref.getBrowseName().getName())
                .sorted()
                .toList();
        List<NodeId> nodes = new ArrayList<>(machines.size() * VARIABLES.size());
        for (String machine : machines) {
            VARIABLES.forEach(variable -> nodes.add(new NodeId(namespace, machine + "." + variable)));
        }
        return new PlantNodes(machines, List.copyOf(nodes));
    }

    /** Turns the values of one Read (in {@link #nodeIds()} order) into one reading per machine. */
    List<MachineReading> readings(List<DataValue> values, Instant timestamp) {
        List<MachineReading> readings = new ArrayList<>(machineIds.size());
        for (int m = 0; m < machineIds.size(); m++) {
            int at = m * VARIABLES.size();
            Object state = value(values.get(at));
            readings.add(new MachineReading(
                    machineIds.get(m),
                    timestamp,
                    state instanceof String text ? MachineState.parse(text).orElse(null) : null,
                    longValue(values.get(at + 1)),
                    longValue(values.get(at + 2)),
                    doubleValue(values.get(at + 3)),
                    doubleValue(values.get(at + 4)),
                    value(values.get(at + 5)) instanceof Number code ? code.intValue() : null));
        }
        return readings;
    }

    private static List<ReferenceDescription> children(OpcUaClient client, NodeId parent) throws UaException {
        var description = new BrowseDescription(
                parent,
                BrowseDirection.Forward,
                NodeIds.HierarchicalReferences,
                true,
                uint(NodeClass.Object.getValue()),
                uint(BrowseResultMask.All.getValue()));
        BrowseResult result = client.browse(description);
        List<ReferenceDescription> references = new ArrayList<>(list(result));
        ByteString continuation = result.getContinuationPoint();
        while (continuation != null && continuation.isNotNull()) {
            result = client.browseNext(false, List.of(continuation)).getResults()[0];
            references.addAll(list(result));
            continuation = result.getContinuationPoint();
        }
        return references;
    }

    private static List<ReferenceDescription> list(BrowseResult result) {
        return result.getReferences() == null ? List.of() : Arrays.asList(result.getReferences());
    }

    private static Object value(DataValue value) {
        return value.getStatusCode() != null && value.getStatusCode().isGood()
                ? value.getValue().getValue()
                : null;
    }

    private static Long longValue(DataValue value) {
        return value(value) instanceof Number number ? number.longValue() : null;
    }

    private static Double doubleValue(DataValue value) {
        return value(value) instanceof Number number ? number.doubleValue() : null;
    }
}
