package com.amrs.api.support.acme;

import static org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig.USER_TOKEN_POLICY_ANONYMOUS;
import static org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig.USER_TOKEN_POLICY_USERNAME;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.milo.opcua.sdk.server.EndpointConfig;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfigLimits;
import org.eclipse.milo.opcua.sdk.server.identity.AnonymousIdentityValidator;
import org.eclipse.milo.opcua.sdk.server.identity.CompositeValidator;
import org.eclipse.milo.opcua.sdk.server.identity.UsernameIdentityValidator;
import org.eclipse.milo.opcua.stack.core.security.CertificateManager;
import org.eclipse.milo.opcua.stack.core.security.DefaultApplicationGroup;
import org.eclipse.milo.opcua.stack.core.security.DefaultCertificateManager;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateStore;
import org.eclipse.milo.opcua.stack.core.security.MemoryTrustListManager;
import org.eclipse.milo.opcua.stack.core.security.RsaSha256CertificateFactory;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.transport.TransportProfile;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;

/**
 * The Milo configuration of an {@link AcmePlc}: its endpoints on localhost, the JVM-wide
 * certificate, any client certificate accepted, anonymous or username login, ten nodes per Read.
 */
final class AcmeServerConfig {

    static final int MAX_NODES_PER_READ = 10;

    private AcmeServerConfig() {}

    static OpcUaServerConfig create(int port, AcmeSpec.Endpoints endpoints) throws Exception {
        return OpcUaServerConfig.builder()
                .setApplicationUri(AcmeCertificate.APPLICATION_URI)
                .setApplicationName(LocalizedText.english("ACME Line 1 PLC"))
                .setProductUri("urn:acme:plc")
                .setEndpoints(endpoints(port, endpoints))
                .setCertificateManager(certificateManager())
                .setIdentityValidator(new CompositeValidator(
                        AnonymousIdentityValidator.INSTANCE,
                        new UsernameIdentityValidator(login -> AcmePlc.USERNAME.equals(login.getUsername())
                                && AcmePlc.PASSWORD.equals(login.getPassword()))))
                .setLimits(new OpcUaServerConfigLimits() {
                    @Override
                    public UInteger getMaxNodesPerRead() {
                        return uint(MAX_NODES_PER_READ);
                    }
                })
                .build();
    }

    private static Set<EndpointConfig> endpoints(int port, AcmeSpec.Endpoints endpoints) {
        var base = EndpointConfig.newBuilder()
                .setTransportProfile(TransportProfile.TCP_UASC_UABINARY)
                .setBindAddress("localhost")
                .setHostname("localhost")
                .setBindPort(port)
                .setPath(AcmePlc.PATH)
                .setCertificate(AcmeCertificate.get().certificate());
        var configs = new LinkedHashSet<EndpointConfig>();
        if (endpoints != AcmeSpec.Endpoints.SECURED_ONLY) {
            configs.add(base.copy()
                    .setSecurityPolicy(SecurityPolicy.None)
                    .setSecurityMode(MessageSecurityMode.None)
                    .addTokenPolicies(USER_TOKEN_POLICY_ANONYMOUS)
                    .build());
        }
        if (endpoints != AcmeSpec.Endpoints.OPEN_ONLY) {
            configs.add(base.copy()
                    .setSecurityPolicy(SecurityPolicy.Basic256Sha256)
                    .setSecurityMode(MessageSecurityMode.SignAndEncrypt)
                    .addTokenPolicies(USER_TOKEN_POLICY_USERNAME)
                    .build());
        }
        return configs;
    }

    private static CertificateManager certificateManager() throws Exception {
        AcmeCertificate certificate = AcmeCertificate.get();
        var jvmWideCertificate = new RsaSha256CertificateFactory() {
            @Override
            protected KeyPair createRsaSha256KeyPair() {
                return certificate.keyPair();
            }

            @Override
            protected X509Certificate[] createRsaSha256CertificateChain(KeyPair keyPair) {
                return new X509Certificate[] {certificate.certificate()};
            }
        };
        var applicationGroup = DefaultApplicationGroup.createAndInitialize(
                new MemoryTrustListManager(),
                new MemoryCertificateStore(),
                jvmWideCertificate,
                (clientChain, applicationUri, hostnames) -> {});
        return new DefaultCertificateManager(new MemoryCertificateQuarantine(), applicationGroup);
    }
}
