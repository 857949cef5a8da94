package com.amrs.simulator.opcua;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UShort;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;

/** A real Milo client session against a simulator on localhost. */
final class PlcTestClient implements AutoCloseable {

    private final OpcUaClient client;
    private final UShort namespace;

    private PlcTestClient(OpcUaClient client) throws UaException {
        this.client = client;
        this.namespace = client.readNamespaceTable().getIndex(PlantNamespace.URI);
    }

    static PlcTestClient connect(int port) throws Exception {
        return connect(port, Optional.empty());
    }

    static PlcTestClient connect(int port, Optional<PlcClients.Login> login) throws Exception {
        return new PlcTestClient(PlcClients.connect(url(port), login, Duration.ofSeconds(5)));
    }

    static String url(int port) {
        return "opc.tcp://localhost:" + port + ServerEndpoints.PATH;
    }

    OpcUaClient milo() {
        return client;
    }

    UShort namespace() {
        return namespace;
    }

    NodeId nodeId(String machineId, MachineVariable variable) {
        return new NodeId(namespace, variable.identifier(machineId));
    }

    /** Reads the variables of every machine, machine by machine, in one Read request. */
    List<DataValue> readAll(List<String> machineIds, MachineVariable... variables) throws UaException {
        var nodeIds = new ArrayList<NodeId>();
        for (String machineId : machineIds) {
            for (MachineVariable variable : variables) {
                nodeIds.add(nodeId(machineId, variable));
            }
        }
        return client.readValues(0, TimestampsToReturn.Both, nodeIds);
    }

    List<DataValue> readAttribute(List<NodeId> nodeIds, AttributeId attribute) throws UaException {
        List<ReadValueId> reads = nodeIds.stream()
                .map(nodeId -> new ReadValueId(nodeId, attribute.uid(), null, null))
                .toList();
        return List.of(client.read(0, TimestampsToReturn.Neither, reads).getResults());
    }

    @Override
    public void close() throws UaException {
        client.disconnect();
    }
}
