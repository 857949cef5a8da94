package com.amrs.simulator.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.ulong;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.milo.opcua.sdk.client.DiscoveryClient;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UByte;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseDirection;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseResultMask;
import org.eclipse.milo.opcua.stack.core.types.enumerated.NodeClass;
import org.eclipse.milo.opcua.stack.core.types.enumerated.UserTokenType;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.ReferenceDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.UserTokenPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlcServerIntegrationTests extends SimulatorIntegrationTestSupport {

    private PlcTestClient client;

    @BeforeAll
    void connect() throws Exception {
        client = PlcTestClient.connect(PORT);
    }

    @AfterAll
    void disconnect() throws UaException {
        client.close();
    }

    @Test
    void objectsFolderHoldsThePlantFolderWithOneObjectPerMachine() throws UaException {
        ReferenceDescription plant = single(browse(NodeIds.ObjectsFolder), "Plant");

        assertThat(plant.getBrowseName().namespaceIndex()).isEqualTo(client.namespace());
        assertThat(browse(toNodeId(plant)))
                .extracting(reference -> reference.getBrowseName().name())
                .containsExactlyInAnyOrderElementsOf(machineIds());
    }

    @Test
    void everyMachineHasTheSixReadOnlyVariablesWithTheirDataTypes() throws UaException {
        for (String machineId : machineIds()) {
            List<ReferenceDescription> variables = browse(new NodeId(client.namespace(), machineId));

            assertThat(variables)
                    .extracting(reference -> reference.getBrowseName().name())
                    .containsExactlyInAnyOrder(
                            "State",
                            "TotalCount",
                            "RejectCount",
                            "DowntimeSeconds",
                            "IdealCycleTimeSeconds",
                            "FaultCode");
            List<NodeId> nodeIds = variables.stream().map(this::toNodeId).toList();
            assertThat(nodeIds)
                    .extracting(NodeId::getIdentifier)
                    .allSatisfy(identifier -> assertThat(identifier.toString()).startsWith(machineId + "."));
            assertThat(dataTypes(nodeIds))
                    .containsExactlyInAnyOrder(
                            NodeIds.String,
                            NodeIds.UInt64,
                            NodeIds.UInt64,
                            NodeIds.Double,
                            NodeIds.Double,
                            NodeIds.Int32);
            assertThat(client.readAttribute(nodeIds, AttributeId.AccessLevel))
                    .extracting(value -> (UByte) value.getValue().getValue())
                    .containsOnly(AccessLevel.toValue(AccessLevel.READ_ONLY));
        }
    }

    @Test
    void servesEachVariableWithItsDataTypeAndTimestamps() throws UaException {
        List<DataValue> values = client.readAll(List.of("OPC-UA-M1"), MachineVariable.values());

        assertThat(values).allSatisfy(value -> {
            assertThat(value.getStatusCode().isGood()).isTrue();
            assertThat(value.getSourceTime()).isNotNull();
            assertThat(value.getServerTime()).isNotNull();
        });
        assertThat(values)
                .extracting(value -> value.getValue().getValue().getClass().getSimpleName())
                .containsExactly("String", "ULong", "ULong", "Double", "Double", "Integer");
        assertThat(values.getFirst().getValue().getValue()).isIn("RUNNING", "IDLE", "DOWN");
    }

    @Test
    void refusesWrites() throws UaException {
        NodeId totalCount = client.nodeId("OPC-UA-M1", MachineVariable.TOTAL_COUNT);

        var status = client.milo()
                .writeValues(List.of(totalCount), List.of(DataValue.valueOnly(Variant.ofUInt64(ulong(0)))))
                .getFirst();

        assertThat(status.isBad()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "127.0.0.1"})
    void advertisesUnsecuredAnonymousEndpointsUnderTheHostNameTheClientUsed(String host) throws Exception {
        String url = "opc.tcp://%s:%d/freeopcua/server/".formatted(host, PORT);

        List<EndpointDescription> endpoints = DiscoveryClient.getEndpoints(url).get();

        assertThat(endpoints).singleElement().satisfies(endpoint -> {
            assertThat(endpoint.getEndpointUrl()).isEqualTo(url);
            assertThat(endpoint.getSecurityPolicyUri()).isEqualTo(SecurityPolicy.None.getUri());
            assertThat(endpoint.getUserIdentityTokens())
                    .extracting(UserTokenPolicy::getTokenType)
                    .containsExactly(UserTokenType.Anonymous);
        });
    }

    @Test
    void acceptsTheEndpointUrlWithoutItsTrailingSlash() throws Exception {
        String url = "opc.tcp://127.0.0.1:%d/freeopcua/server".formatted(PORT);

        OpcUaClient other = PlcClients.connect(url, Optional.empty(), Duration.ofSeconds(5));

        assertThat(other.readNamespaceTable().getIndex(PlantNamespace.URI)).isEqualTo(client.namespace());
        other.disconnect();
    }

    private List<ReferenceDescription> browse(NodeId node) throws UaException {
        var description = new BrowseDescription(
                node,
                BrowseDirection.Forward,
                NodeIds.HierarchicalReferences,
                true,
                uint(NodeClass.Object.getValue() | NodeClass.Variable.getValue()),
                uint(BrowseResultMask.All.getValue()));
        ReferenceDescription[] references = client.milo().browse(description).getReferences();
        return references == null ? List.of() : Arrays.asList(references);
    }

    private static ReferenceDescription single(List<ReferenceDescription> references, String browseName) {
        assertThat(references)
                .extracting(reference -> reference.getBrowseName().name())
                .contains(browseName);
        return references.stream()
                .filter(reference -> reference.getBrowseName().name().equals(browseName))
                .findFirst()
                .orElseThrow();
    }

    private NodeId toNodeId(ReferenceDescription reference) {
        return reference.getNodeId().toNodeId(client.milo().getNamespaceTable()).orElseThrow();
    }

    private List<NodeId> dataTypes(List<NodeId> variables) throws UaException {
        return client.readAttribute(variables, AttributeId.DataType).stream()
                .map(value -> (NodeId) value.getValue().getValue())
                .toList();
    }
}
