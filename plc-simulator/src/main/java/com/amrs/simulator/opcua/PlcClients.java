package com.amrs.simulator.opcua;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.OpcUaClientConfigBuilder;
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.eclipse.milo.opcua.stack.core.types.enumerated.UserTokenType;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.UserTokenPolicy;
import org.eclipse.milo.opcua.stack.core.util.EndpointUtil;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;

/**
 * Milo clients for the simulator's own health check and tests. The endpoint chosen keeps the host
 * and port the caller asked for, whatever host name the server advertises.
 */
final class PlcClients {

    private static final String APPLICATION_URI = "urn:amrs:plc-simulator:client";

    /** A username login over Basic256Sha256; without one, anonymous access without security. */
    record Login(String username, String password) {}

    private PlcClients() {}

    static OpcUaClient connect(String endpointUrl, Optional<Login> login, Duration timeout) throws Exception {
        UInteger millis = uint(timeout.toMillis());
        SecurityPolicy policy = login.isPresent() ? SecurityPolicy.Basic256Sha256 : SecurityPolicy.None;
        UserTokenType token = login.isPresent() ? UserTokenType.UserName : UserTokenType.Anonymous;
        KeyPair keyPair = login.isPresent() ? SelfSignedCertificateGenerator.generateRsaKeyPair(2048) : null;
        OpcUaClient client = OpcUaClient.create(
                endpointUrl,
                endpoints -> select(endpoints, policy, token, endpointUrl),
                transport -> transport.setConnectTimeout(millis),
                config -> {
                    config.setApplicationName(LocalizedText.english("AMRS PLC simulator client"))
                            .setApplicationUri(APPLICATION_URI)
                            .setRequestTimeout(millis);
                    login.ifPresent(credentials -> secure(config, credentials, keyPair));
                });
        return client.connect();
    }

    private static void secure(OpcUaClientConfigBuilder config, Login login, KeyPair keyPair) {
        X509Certificate certificate;
        try {
            certificate = new SelfSignedCertificateBuilder(keyPair)
                    .setCommonName("AMRS PLC simulator client")
                    .setApplicationUri(APPLICATION_URI)
                    .build();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create a client certificate", e);
        }
        config.setKeyPair(keyPair)
                .setCertificate(certificate)
                .setCertificateChain(new X509Certificate[] {certificate})
                .setCertificateValidator(ServerSecurity::acceptWithinValidity)
                .setIdentityProvider(new UsernameProvider(login.username(), login.password()));
    }

    private static Optional<EndpointDescription> select(
            List<EndpointDescription> endpoints, SecurityPolicy policy, UserTokenType token, String endpointUrl) {
        return endpoints.stream()
                .filter(endpoint -> policy.getUri().equals(endpoint.getSecurityPolicyUri()))
                .filter(endpoint -> Stream.of(Optional.ofNullable(endpoint.getUserIdentityTokens())
                                .orElse(new UserTokenPolicy[0]))
                        .anyMatch(offered -> offered.getTokenType() == token))
                .findFirst()
                .map(endpoint -> EndpointUtil.updateUrl(
                        endpoint, EndpointUtil.getHost(endpointUrl), EndpointUtil.getPort(endpointUrl)));
    }
}
