package com.amrs.simulator.opcua;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import com.amrs.simulator.config.SimulatorProperties;
import java.security.cert.X509Certificate;
import java.util.Set;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfigLimits;
import org.eclipse.milo.opcua.sdk.server.identity.AnonymousIdentityValidator;
import org.eclipse.milo.opcua.stack.core.channel.EncodingLimits;
import org.eclipse.milo.opcua.stack.core.security.CertificateManager;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.eclipse.milo.opcua.stack.core.types.structured.BuildInfo;

/** Builds the Milo server configuration from the simulator's settings. */
final class ServerConfiguration {

    static final String APPLICATION_URI = "urn:amrs:plc-simulator:server";

    private static final String NAME = "AMRS PLC simulator";
    private static final int BYTES_PER_READ_OPERATION = 64;

    private ServerConfiguration() {}

    static OpcUaServerConfig create(SimulatorProperties properties) throws Exception {
        int variables = properties.machines() * MachineVariable.values().length;
        Set<String> hostnames = ServerEndpoints.hostnames(properties.hostnames());
        var builder = OpcUaServerConfig.builder()
                .setApplicationUri(APPLICATION_URI)
                .setApplicationName(LocalizedText.english(NAME))
                .setProductUri(PlantNamespace.URI)
                .setBuildInfo(
                        new BuildInfo(PlantNamespace.URI, "AMRS", NAME, OpcUaServer.SDK_VERSION, "", DateTime.now()))
                .setLimits(limits(variables))
                .setEncodingLimits(encodingLimits(variables));
        if (properties.security().enabled()) {
            CertificateManager certificates = ServerSecurity.selfSignedCertificate(
                    hostnames, properties.security().pkiDir());
            X509Certificate certificate = ServerSecurity.certificateOf(certificates);
            builder.setCertificateManager(certificates)
                    .setIdentityValidator(ServerSecurity.usernameLogin(properties.security()))
                    .setEndpoints(ServerEndpoints.secured(properties.port(), hostnames, certificate));
        } else {
            builder.setIdentityValidator(AnonymousIdentityValidator.INSTANCE)
                    .setEndpoints(ServerEndpoints.anonymous(properties.port(), hostnames));
        }
        return builder.build();
    }

    /** Lets a collector read, or subscribe to, every variable of the plant in one call. */
    private static OpcUaServerConfigLimits limits(int variables) {
        UInteger perCall = uint(Math.max(10_000, variables));
        return new OpcUaServerConfigLimits() {
            @Override
            public UInteger getMaxNodesPerRead() {
                return perCall;
            }

            @Override
            public UInteger getMaxMonitoredItemsPerCall() {
                return perCall;
            }
        };
    }

    private static EncodingLimits encodingLimits(int variables) {
        int maxMessageSize = Math.max(EncodingLimits.DEFAULT_MAX_MESSAGE_SIZE, variables * BYTES_PER_READ_OPERATION);
        int maxChunkCount = maxMessageSize / EncodingLimits.DEFAULT_MAX_CHUNK_SIZE * 2;
        return new EncodingLimits(
                EncodingLimits.DEFAULT_MAX_CHUNK_SIZE,
                maxChunkCount,
                maxMessageSize,
                EncodingLimits.DEFAULT_MAX_RECURSION_DEPTH);
    }
}
