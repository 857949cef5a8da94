package com.amrs.simulator.opcua;

import com.amrs.simulator.config.SimulatorProperties.Security;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.milo.opcua.sdk.server.identity.UsernameIdentityValidator;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.CertificateManager;
import org.eclipse.milo.opcua.stack.core.security.CertificateStore;
import org.eclipse.milo.opcua.stack.core.security.DefaultApplicationGroup;
import org.eclipse.milo.opcua.stack.core.security.DefaultCertificateManager;
import org.eclipse.milo.opcua.stack.core.security.KeyStoreCertificateStore;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.MemoryTrustListManager;
import org.eclipse.milo.opcua.stack.core.security.RsaSha256CertificateFactory;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;

/**
 * Basic256Sha256 with username login: a self-signed server certificate made at start-up (kept in
 * the PKI folder), any client application certificate within its validity period accepted, since
 * the username and password are what is checked.
 */
final class ServerSecurity {

    private static final String KEY_STORE = "simulator.pfx";
    private static final char[] STORE_PASSWORD = "amrs-simulator".toCharArray();
    private static final Pattern IP_ADDRESS = Pattern.compile("^[0-9.]+$");

    private ServerSecurity() {}

    static CertificateManager selfSignedCertificate(Set<String> hostnames, Path pkiDir) throws Exception {
        var certificateFactory = new RsaSha256CertificateFactory() {
            @Override
            protected X509Certificate[] createRsaSha256CertificateChain(KeyPair keyPair) throws Exception {
                return new X509Certificate[] {certificate(keyPair, hostnames)};
            }
        };
        var applicationGroup = DefaultApplicationGroup.createAndInitialize(
                new MemoryTrustListManager(),
                certificateStore(pkiDir),
                certificateFactory,
                ServerSecurity::acceptWithinValidity);
        Files.setPosixFilePermissions(pkiDir.resolve(KEY_STORE), PosixFilePermissions.fromString("rw-------"));
        return new DefaultCertificateManager(new MemoryCertificateQuarantine(), applicationGroup);
    }

    /** The server's certificate and key, kept in {@code pkiDir/simulator.pfx} (readable by its owner only). */
    private static CertificateStore certificateStore(Path pkiDir) throws Exception {
        Files.createDirectories(pkiDir);
        return KeyStoreCertificateStore.createAndInitialize(new KeyStoreCertificateStore.Settings(
                pkiDir.resolve(KEY_STORE), STORE_PASSWORD::clone, alias -> STORE_PASSWORD.clone()));
    }

    static X509Certificate certificateOf(CertificateManager certificateManager) {
        return certificateManager
                .getCertificateGroups()
                .getFirst()
                .getCertificateEntries()
                .getFirst()
                .certificateChain[0];
    }

    static UsernameIdentityValidator usernameLogin(Security security) {
        byte[] username = security.username().getBytes(StandardCharsets.UTF_8);
        byte[] password = security.password().getBytes(StandardCharsets.UTF_8);
        return new UsernameIdentityValidator(challenge -> MessageDigest.isEqual(
                        username, challenge.getUsername().getBytes(StandardCharsets.UTF_8))
                & MessageDigest.isEqual(password, challenge.getPassword().getBytes(StandardCharsets.UTF_8)));
    }

    private static X509Certificate certificate(KeyPair keyPair, Set<String> hostnames) throws Exception {
        var builder = new SelfSignedCertificateBuilder(keyPair)
                .setCommonName("AMRS PLC simulator")
                .setOrganization("AMRS")
                .setApplicationUri(ServerConfiguration.APPLICATION_URI);
        for (String hostname : hostnames) {
            if (IP_ADDRESS.matcher(hostname).matches()) {
                builder.addIpAddress(hostname);
            } else {
                builder.addDnsName(hostname);
            }
        }
        return builder.build();
    }

    static void acceptWithinValidity(
            List<X509Certificate> certificateChain, String applicationUri, String[] validHostnames) throws UaException {
        try {
            certificateChain.getFirst().checkValidity();
        } catch (CertificateException e) {
            throw new UaException(StatusCodes.Bad_CertificateTimeInvalid, e);
        }
    }
}
