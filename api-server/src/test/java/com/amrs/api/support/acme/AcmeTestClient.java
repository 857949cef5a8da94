package com.amrs.api.support.acme;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.identity.AnonymousProvider;
import org.eclipse.milo.opcua.sdk.client.identity.IdentityProvider;
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.DefaultClientCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.MemoryTrustListManager;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExpandedNodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;

/** A Milo client of an {@link AcmePlc} that trusts exactly the PLC's certificate. */
final class AcmeTestClient implements AutoCloseable {

    private static final String APPLICATION_URI = "urn:amrs:test:acme-client";
    private static KeyPair keyPair;
    private static X509Certificate certificate;

    private final OpcUaClient client;

    private AcmeTestClient(OpcUaClient client) {
        this.client = client;
    }

    static AcmeTestClient anonymous(AcmePlc plc) throws Exception {
        return connect(plc, SecurityPolicy.None, MessageSecurityMode.None, new AnonymousProvider());
    }

    /** Over Basic256Sha256 SignAndEncrypt. */
    static AcmeTestClient login(AcmePlc plc, String username, String password) throws Exception {
        return connect(
                plc,
                SecurityPolicy.Basic256Sha256,
                MessageSecurityMode.SignAndEncrypt,
                new UsernameProvider(username, password));
    }

    private static AcmeTestClient connect(
            AcmePlc plc, SecurityPolicy policy, MessageSecurityMode mode, IdentityProvider identity) throws Exception {
        var trusted = new MemoryTrustListManager();
        trusted.addTrustedCertificate(plc.serverCertificate());
        var validator = new DefaultClientCertificateValidator(trusted, new MemoryCertificateQuarantine());
        ensureClientCertificate();
        OpcUaClient client = OpcUaClient.create(
                plc.endpointUrl(),
                endpoints -> endpoints.stream()
                        .filter(e -> policy.getUri().equals(e.getSecurityPolicyUri()) && e.getSecurityMode() == mode)
                        .findFirst(),
                transport -> {},
                config -> config.setApplicationName(LocalizedText.english("AcmePlc self-test"))
                        .setApplicationUri(APPLICATION_URI)
                        .setKeyPair(keyPair)
                        .setCertificate(certificate)
                        .setCertificateChain(new X509Certificate[] {certificate})
                        .setCertificateValidator(validator)
                        .setIdentityProvider(identity));
        try {
            client.connect();
        } catch (UaException e) {
            client.disconnect();
            throw e;
        }
        return new AcmeTestClient(client);
    }

    private static synchronized void ensureClientCertificate() throws Exception {
        if (certificate == null) {
            keyPair = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
            certificate = new SelfSignedCertificateBuilder(keyPair)
                    .setCommonName("AcmePlc self-test")
                    .setApplicationUri(APPLICATION_URI)
                    .build();
        }
    }

    /** The NodeId of an {@code nsu=} string, as the collector resolves it. */
    NodeId nodeId(String expandedNodeId) {
        return ExpandedNodeId.parse(expandedNodeId)
                .toNodeId(client.getNamespaceTable())
                .orElseThrow();
    }

    List<DataValue> read(List<String> expandedNodeIds) throws UaException {
        List<NodeId> nodeIds = expandedNodeIds.stream().map(this::nodeId).toList();
        return client.readValues(0.0, TimestampsToReturn.Both, nodeIds);
    }

    Object value(String expandedNodeId) throws UaException {
        return read(List.of(expandedNodeId)).getFirst().value().value();
    }

    NodeId dataType(String expandedNodeId) throws UaException {
        var dataType =
                new ReadValueId(nodeId(expandedNodeId), AttributeId.DataType.uid(), null, QualifiedName.NULL_VALUE);
        return (NodeId) client.read(0.0, TimestampsToReturn.Neither, List.of(dataType))
                .getResults()[0]
                .value()
                .value();
    }

    /** The node that {@code parent} organizes or has as a component under {@code browseName}. */
    NodeId child(NodeId parent, String browseName) throws UaException {
        return client.getAddressSpace().browse(parent).stream()
                .filter(reference -> reference.getBrowseName().name().equals(browseName))
                .findFirst()
                .flatMap(reference -> reference.getNodeId().toNodeId(client.getNamespaceTable()))
                .orElseThrow();
    }

    List<String> childNames(NodeId parent) throws UaException {
        return client.getAddressSpace().browse(parent).stream()
                .map(reference -> reference.getBrowseName().name())
                .toList();
    }

    Instant startTime() throws UaException {
        var startTime = client.readValue(0.0, TimestampsToReturn.Neither, NodeIds.Server_ServerStatus_StartTime);
        return ((DateTime) startTime.value().value()).getJavaInstant();
    }

    OpcUaClient client() {
        return client;
    }

    @Override
    public void close() throws UaException {
        client.disconnect();
    }
}
