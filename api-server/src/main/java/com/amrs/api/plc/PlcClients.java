package com.amrs.api.plc;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.OpcUaClientConfigBuilder;
import org.eclipse.milo.opcua.sdk.client.identity.AnonymousProvider;
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.util.EndpointUtil;

/**
 * Opens sessions with PLCs as their tag map entries say: the endpoint with the configured policy and
 * mode (at the configured host, whatever host the server advertises), anonymous or username login,
 * the client certificate and trust list of the PKI folder. Failures are sorted into the states of
 * {@link PlcState}.
 */
public final class PlcClients implements AutoCloseable {

    private final Path pkiDir;
    private final Duration timeout;
    private PlcTrust trust;
    private ClientCertificate certificate;

    public PlcClients(Path pkiDir, Duration timeout) {
        this.pkiDir = pkiDir;
        this.timeout = timeout;
    }

    /** A connected client; on failure nothing is left running. */
    public OpcUaClient connect(PlcDefinition plc) throws PlcConnectException {
        boolean needsPki = plc.security().secured() || !plc.security().anonymous();
        PlcTrust.Validator validator = needsPki ? trust().validatorFor(plc) : null;
        OpcUaClient client;
        try {
            client = OpcUaClient.create(
                    plc.url(),
                    endpoints -> endpoint(plc, endpoints),
                    transport -> transport.setConnectTimeout(uint(timeout.toMillis())),
                    config -> {
                        config.setApplicationName(LocalizedText.english("AMRS api-server"))
                                .setApplicationUri(ClientCertificate.APPLICATION_URI)
                                .setRequestTimeout(uint(timeout.toMillis()));
                        if (validator != null) {
                            secure(config, plc.security(), validator);
                        }
                    });
        } catch (UaException e) {
            throw ConnectFailures.classify(plc, e, validator, trust);
        }
        try {
            client.connect();
            return client;
        } catch (UaException e) {
            disconnectQuietly(client);
            throw ConnectFailures.classify(plc, e, validator, trust);
        }
    }

    private void secure(OpcUaClientConfigBuilder config, PlcSecurity security, PlcTrust.Validator validator) {
        config.setKeyPair(certificate.keyPair())
                .setCertificate(certificate.certificate())
                .setCertificateChain(new X509Certificate[] {certificate.certificate()})
                .setCertificateValidator(validator)
                .setIdentityProvider(
                        security.anonymous()
                                ? new AnonymousProvider()
                                : new UsernameProvider(security.username(), security.password(), validator));
    }

    private synchronized PlcTrust trust() throws PlcConnectException {
        if (trust == null) {
            try {
                certificate = ClientCertificate.loadOrCreate(pkiDir);
                trust = new PlcTrust(pkiDir);
            } catch (Exception e) {
                throw new PlcConnectException(
                        PlcState.MISCONFIGURED,
                        "cannot create or read the client certificate and trust lists in " + pkiDir.toAbsolutePath()
                                + " (amrs.pki-dir): " + e.getMessage(),
                        e);
            }
        }
        return trust;
    }

    private static Optional<EndpointDescription> endpoint(PlcDefinition plc, List<EndpointDescription> endpoints) {
        return endpoints.stream()
                .filter(endpoint -> plc.security().policy().getUri().equals(endpoint.getSecurityPolicyUri())
                        && endpoint.getSecurityMode() == plc.security().mode())
                .findFirst()
                .map(endpoint -> EndpointUtil.updateUrl(
                        endpoint, EndpointUtil.getHost(plc.url()), EndpointUtil.getPort(plc.url())));
    }

    static void disconnectQuietly(OpcUaClient client) {
        try {
            client.disconnect();
        } catch (UaException | RuntimeException e) {
            // the session is gone either way
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (trust != null) {
            trust.close();
        }
    }
}
