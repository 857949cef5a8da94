package com.amrs.api.plc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads as many nodes as a PLC allows in one Read: its {@code MaxNodesPerRead} (none: all at once),
 * halved whenever it answers {@code Bad_TooManyOperations} anyway.
 */
final class ChunkedReads {

    private static final Logger log = LoggerFactory.getLogger(ChunkedReads.class);

    private final OpcUaClient client;
    private final String plc;
    private int chunk;

    private ChunkedReads(OpcUaClient client, String plc, int chunk) {
        this.client = client;
        this.plc = plc;
        this.chunk = chunk;
    }

    /** Starting at this many nodes per Read, whatever the PLC says its limit is. */
    static ChunkedReads startingAt(OpcUaClient client, String plc, int chunk) {
        return new ChunkedReads(client, plc, chunk);
    }

    static ChunkedReads of(OpcUaClient client, String plc) throws UaException {
        DataValue limit = client.readValue(
                0, TimestampsToReturn.Neither, NodeIds.Server_ServerCapabilities_OperationLimits_MaxNodesPerRead);
        int chunk =
                limit.statusCode().isGood() && limit.value().value() instanceof Number number && number.longValue() > 0
                        ? (int) Math.min(Integer.MAX_VALUE, number.longValue())
                        : Integer.MAX_VALUE;
        return new ChunkedReads(client, plc, chunk);
    }

    int chunk() {
        return chunk;
    }

    List<DataValue> values(List<NodeId> nodes) throws UaException {
        return read(nodes, AttributeId.Value);
    }

    List<DataValue> read(List<NodeId> nodes, AttributeId attribute) throws UaException {
        List<DataValue> values = new ArrayList<>(nodes.size());
        int from = 0;
        while (from < nodes.size()) {
            int to = Math.min(nodes.size(), from + chunk);
            List<ReadValueId> ids = nodes.subList(from, to).stream()
                    .map(node -> new ReadValueId(node, attribute.uid(), null, QualifiedName.NULL_VALUE))
                    .toList();
            try {
                values.addAll(Arrays.asList(
                        client.read(0, TimestampsToReturn.Neither, ids).getResults()));
                from = to;
            } catch (UaException e) {
                if (e.getStatusCode().value() != StatusCodes.Bad_TooManyOperations || chunk == 1) {
                    throw e;
                }
                chunk = Math.max(1, Math.min(chunk, to - from) / 2);
                log.info("PLC {} refused a Read of {} nodes; reading {} at a time", plc, to - from, chunk);
            }
        }
        return values;
    }
}
