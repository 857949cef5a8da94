package com.amrs.api.plc;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.api.support.acme.AcmePlc;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExpandedNodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reads against a real server that allows 10 nodes per Read ({@link AcmePlc}). */
class ChunkedReadsTests {

    private final AcmePlc plc = AcmePlc.shared();
    private OpcUaClient client;

    @BeforeEach
    void connect() throws Exception {
        client = OpcUaClient.create(plc.endpointUrl());
        client.connect();
    }

    @AfterEach
    void disconnect() {
        PlcClients.disconnectQuietly(client);
    }

    @Test
    void readsInChunksOfTheLimitThePlcAdvertises() throws Exception {
        ChunkedReads reads = ChunkedReads.of(client, "line1");

        List<DataValue> values = reads.values(nodes(25));

        assertThat(reads.chunk()).isEqualTo(AcmePlc.MAX_NODES_PER_READ);
        assertThat(values).hasSize(25).allMatch(value -> value.statusCode().isGood());
    }

    @Test
    void halvesTheChunkWhenThePlcAnswersTooManyOperations() throws Exception {
        ChunkedReads reads = ChunkedReads.startingAt(client, "line1", 40);

        List<DataValue> values = reads.values(nodes(25));

        assertThat(reads.chunk()).isLessThanOrEqualTo(AcmePlc.MAX_NODES_PER_READ);
        assertThat(values).hasSize(25).allMatch(value -> value.statusCode().isGood());
        assertThat(values.get(24).value().value())
                .isEqualTo(values.get(4).value().value());
    }

    /** The four nodes of each of the shared PLC's first machines, repeated up to {@code count}. */
    private List<NodeId> nodes(int count) {
        List<NodeId> nodes = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (String machine : List.of("Filler1", "Filler2", "Filler3", "Capper1", "Labeler1")) {
            all.addAll(plc.nodes(machine).values());
        }
        for (int i = 0; i < count; i++) {
            nodes.add(ExpandedNodeId.parse(all.get(i % all.size()))
                    .toNodeId(client.getNamespaceTable())
                    .orElseThrow());
        }
        return nodes;
    }
}
