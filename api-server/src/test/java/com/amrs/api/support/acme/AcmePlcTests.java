package com.amrs.api.support.acme;

import static com.amrs.api.support.acme.AcmeSpec.machine;
import static com.amrs.api.support.acme.NodeIdStyle.KEPWARE;
import static com.amrs.api.support.acme.NodeIdStyle.NUMERIC;
import static com.amrs.api.support.acme.NodeIdStyle.QUOTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.ulong;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.ushort;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.ULong;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AcmePlcTests {

    private static final AcmeSpec EVERY_COUNTER_TYPE = AcmeSpec.of(
            machine("U16", QUOTED, CounterType.UInt16),
            machine("I16", KEPWARE, CounterType.Int16),
            machine("U32", NUMERIC, CounterType.UInt32),
            machine("I32", QUOTED, CounterType.Int32),
            machine("U64", NUMERIC, CounterType.UInt64),
            machine("I64", KEPWARE, CounterType.Int64),
            machine("F32", QUOTED, CounterType.Float),
            machine("F64", NUMERIC, CounterType.Double));

    private static AcmePlc plc;
    private static AcmeTestClient client;

    @BeforeAll
    static void connect() throws Exception {
        plc = AcmePlc.start(EVERY_COUNTER_TYPE);
        client = AcmeTestClient.anonymous(plc);
    }

    @AfterAll
    static void disconnect() throws Exception {
        client.close();
        plc.close();
    }

    @Test
    void spellsTheNodeIdsOfEachStyle() {
        AcmePlc shared = AcmePlc.shared();

        assertThat(shared.nodes("Filler1"))
                .containsExactly(
                        entry("good_count", "nsu=urn:acme:line1;s=\"Line1\".\"Filler1\".\"GoodCount\""),
                        entry("reject_count", "nsu=urn:acme:line1;s=\"Line1\".\"Filler1\".\"BadCount\""),
                        entry("state", "nsu=urn:acme:line1;s=\"Line1\".\"Filler1\".\"MachineState\""),
                        entry("fault_code", "nsu=urn:acme:line1;s=\"Line1\".\"Filler1\".\"StopReason\""));
        assertThat(shared.nodes("Capper1"))
                .containsValues(
                        "nsu=urn:acme:numeric;i=4000",
                        "nsu=urn:acme:numeric;i=4001",
                        "nsu=urn:acme:numeric;i=4002",
                        "nsu=urn:acme:numeric;i=4003");
        assertThat(shared.nodes("Labeler1"))
                .containsEntry("good_count", "nsu=urn:acme:line1;s=Channel1.Labeler1.GoodCount");
    }

    @Test
    void defaultLineServesItsCountersWithTheirDataTypes() throws Exception {
        AcmePlc shared = AcmePlc.shared();
        try (var sharedClient = AcmeTestClient.anonymous(shared)) {
            assertThat(sharedClient.dataType(shared.nodes("Filler2").get("good_count")))
                    .isEqualTo(NodeIds.UInt16);
            assertThat(sharedClient.dataType(shared.nodes("Capper1").get("reject_count")))
                    .isEqualTo(NodeIds.UInt32);
            assertThat(sharedClient.dataType(shared.nodes("Capper1").get("state")))
                    .isEqualTo(NodeIds.Int32);
            assertThat(sharedClient.dataType(shared.nodes("Labeler1").get("good_count")))
                    .isEqualTo(NodeIds.Double);
            assertThat(sharedClient.value(shared.nodes("Labeler1").get("state")))
                    .isInstanceOf(Integer.class);
        }
    }

    @Test
    void servesEachCounterWithItsDataTypeAndExactRawValue() throws Exception {
        for (AcmeSpec.Machine machine : EVERY_COUNTER_TYPE.machines()) {
            CounterType type = machine.counterType();
            var nodes = plc.nodes(machine.name());
            plc.setCounters(machine.name(), type.wraps() ? type.max() : BigInteger.valueOf(1234), BigInteger.ONE);

            assertThat(client.dataType(nodes.get("good_count")))
                    .as(machine.name())
                    .isEqualTo(type.dataType());
            assertThat(client.dataType(nodes.get("state"))).isEqualTo(NodeIds.Int32);
            assertThat(client.dataType(nodes.get("fault_code"))).isEqualTo(NodeIds.Int32);
            Number good = (Number) client.value(nodes.get("good_count"));
            assertThat(type.toBigInteger(good))
                    .as(machine.name())
                    .isEqualTo(plc.counters(machine.name()).good());
        }
        assertThat(client.value(plc.nodes("U64").get("good_count"))).isEqualTo(ULong.MAX);
    }

    @Test
    void wrapsIntegerCountersAtTheEndOfTheirRangeLikeAPlc() throws Exception {
        plc.setCounters("U16", 65_530, 0);
        plc.setCounters("I16", Short.MAX_VALUE, 0);
        plc.setCounters("U64", CounterType.UInt64.max(), BigInteger.ZERO);
        plc.setCounters("F32", 0, 0);

        plc.produce("U16", 10, 1);
        plc.produce("I16", 1, 0);
        plc.produce("U64", 1, 0);
        plc.produce("F32", 3, 0);

        assertThat(client.value(plc.nodes("U16").get("good_count"))).isEqualTo(ushort(4));
        assertThat(client.value(plc.nodes("U16").get("reject_count"))).isEqualTo(ushort(1));
        assertThat(client.value(plc.nodes("I16").get("good_count"))).isEqualTo(Short.MIN_VALUE);
        assertThat(client.value(plc.nodes("U64").get("good_count"))).isEqualTo(ulong(0));
        assertThat(client.value(plc.nodes("F32").get("good_count"))).isEqualTo(3.0f);
        assertThatThrownBy(() -> plc.setCounters("U16", 65_536, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void servesMachineStateAndStopReason() throws Exception {
        plc.setState("I32", PackMlState.HELD);
        plc.setFault("I32", 42);

        assertThat(client.value(plc.nodes("I32").get("state"))).isEqualTo(PackMlState.HELD);
        assertThat(client.value(plc.nodes("I32").get("fault_code"))).isEqualTo(42);
    }

    @Test
    void refusesAReadOfMoreThanTenNodes() throws Exception {
        List<String> twelve = Stream.of("U16", "I16", "U32")
                .flatMap(machine -> plc.nodes(machine).values().stream())
                .toList();

        assertThatThrownBy(() -> client.read(twelve.subList(0, 11)))
                .isInstanceOfSatisfying(
                        UaException.class,
                        e -> assertThat(e.getStatusCode().value()).isEqualTo(StatusCodes.Bad_TooManyOperations));
        assertThat(client.read(twelve.subList(0, 10)))
                .hasSize(10)
                .allMatch(value -> value.statusCode().isGood());
        DataValue limit = client.client()
                .readValue(
                        0.0,
                        TimestampsToReturn.Neither,
                        NodeIds.Server_ServerCapabilities_OperationLimits_MaxNodesPerRead);
        assertThat(limit.value().value()).isEqualTo(uint(AcmePlc.MAX_NODES_PER_READ));
    }

    @Test
    void foldersTheVariablesUnderObjectsLine1() throws Exception {
        NodeId line = client.child(NodeIds.ObjectsFolder, "Line1");
        NodeId machine = client.child(line, "U32");

        assertThat(client.childNames(line))
                .containsExactlyInAnyOrder("U16", "I16", "U32", "I32", "U64", "I64", "F32", "F64");
        assertThat(client.child(machine, "GoodCount"))
                .isEqualTo(client.nodeId(plc.nodes("U32").get("good_count")));
    }
}
