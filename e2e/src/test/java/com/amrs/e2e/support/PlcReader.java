package com.amrs.e2e.support;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UShort;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.util.EndpointUtil;

/** Reads the simulated PLC's counters the way any OPC-UA client does (DESIGN.md §3). */
public final class PlcReader implements AutoCloseable {

    private static final String NAMESPACE_URI = "urn:amrs:plc-simulator";

    /** A machine's counters since the PLC started. */
    public record Counters(long totalCount, long rejectCount) {}

    private final OpcUaClient client;
    private final List<String> machines;
    private final List<NodeId> nodes = new ArrayList<>();

    private PlcReader(OpcUaClient client, List<String> machines) throws UaException {
        this.client = client;
        this.machines = List.copyOf(machines);
        UShort namespace = client.readNamespaceTable().getIndex(NAMESPACE_URI);
        if (namespace == null) {
            throw new IllegalStateException("namespace " + NAMESPACE_URI + " not found");
        }
        for (String machine : machines) {
            nodes.add(new NodeId(namespace, machine + ".TotalCount"));
            nodes.add(new NodeId(namespace, machine + ".RejectCount"));
        }
    }

    public static PlcReader connect(String endpointUrl, List<String> machines) throws UaException {
        OpcUaClient client = OpcUaClient.create(
                endpointUrl,
                endpoints -> endpoints.stream()
                        .filter(endpoint -> SecurityPolicy.None.getUri().equals(endpoint.getSecurityPolicyUri()))
                        .findFirst()
                        .map(endpoint -> EndpointUtil.updateUrl(
                                endpoint, EndpointUtil.getHost(endpointUrl), EndpointUtil.getPort(endpointUrl))),
                transport -> transport.setConnectTimeout(uint(5000)),
                config -> config.setApplicationName(LocalizedText.english("AMRS end-to-end tests"))
                        .setApplicationUri("urn:amrs:e2e")
                        .setRequestTimeout(uint(5000)));
        client.connect();
        return new PlcReader(client, machines);
    }

    /** All machines' counters, read in one request. */
    public Map<String, Counters> read() throws UaException {
        List<DataValue> values = client.readValues(0, TimestampsToReturn.Neither, nodes);
        Map<String, Counters> counters = new LinkedHashMap<>();
        for (int m = 0; m < machines.size(); m++) {
            counters.put(machines.get(m), new Counters(number(values.get(2 * m)), number(values.get(2 * m + 1))));
        }
        return counters;
    }

    private static long number(DataValue value) {
        if (value.getStatusCode() == null
                || !value.getStatusCode().isGood()
                || !(value.getValue().getValue() instanceof Number number)) {
            throw new IllegalStateException("unreadable counter: " + value);
        }
        return number.longValue();
    }

    @Override
    public void close() throws UaException {
        client.disconnect();
    }
}
