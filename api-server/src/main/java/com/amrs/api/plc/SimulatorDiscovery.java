package com.amrs.api.plc;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExpandedNodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UShort;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseDirection;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseResultMask;
import org.eclipse.milo.opcua.stack.core.types.enumerated.NodeClass;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseResult;
import org.eclipse.milo.opcua.stack.core.types.structured.ReferenceDescription;

/**
 * {@code discover: amrs-simulator}: the machines browsed under {@code Objects/Plant} of our simulator
 * (DESIGN.md §3), each with its six variables {@code ns=<idx>;s=<machine>.<Variable>}.
 */
final class SimulatorDiscovery {

    static final String NAMESPACE_URI = "urn:amrs:plc-simulator";
    private static final Map<Signal, String> VARIABLES = variables();

    private SimulatorDiscovery() {}

    static List<MachineTags> machines(OpcUaClient client) throws UaException {
        UShort namespace = client.getNamespaceTable().getIndex(NAMESPACE_URI);
        if (namespace == null) {
            throw new UaException(
                    StatusCodes.Bad_NotFound, "it has no namespace " + NAMESPACE_URI + ": is it our simulator?");
        }
        NodeId plant = children(client, NodeIds.ObjectsFolder).stream()
                .filter(ref -> ref.getBrowseName().getNamespaceIndex().equals(namespace)
                        && ref.getBrowseName().getName().equals("Plant"))
                .findFirst()
                .flatMap(ref -> ref.getNodeId().toNodeId(client.getNamespaceTable()))
                .orElseThrow(() -> new UaException(StatusCodes.Bad_NotFound, "it has no folder Objects/Plant"));
        return children(client, plant).stream()
                .filter(ref -> ref.getNodeClass() == NodeClass.Object)
                .map(ref -> ref.getBrowseName().getName())
                .sorted()
                .map(SimulatorDiscovery::machine)
                .toList();
    }

    private static MachineTags machine(String machineId) {
        Map<Signal, ExpandedNodeId> nodes = new EnumMap<>(Signal.class);
        VARIABLES.forEach((signal, variable) ->
                nodes.put(signal, ExpandedNodeId.parse("nsu=" + NAMESPACE_URI + ";s=" + machineId + "." + variable)));
        return new MachineTags(machineId, nodes, StateMap.amrs(), null);
    }

    private static Map<Signal, String> variables() {
        Map<Signal, String> variables = new EnumMap<>(Signal.class);
        variables.put(Signal.STATE, "State");
        variables.put(Signal.TOTAL_COUNT, "TotalCount");
        variables.put(Signal.REJECT_COUNT, "RejectCount");
        variables.put(Signal.DOWNTIME_SECONDS, "DowntimeSeconds");
        variables.put(Signal.IDEAL_CYCLE_TIME_SECONDS, "IdealCycleTimeSeconds");
        variables.put(Signal.FAULT_CODE, "FaultCode");
        return Map.copyOf(variables);
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
}
