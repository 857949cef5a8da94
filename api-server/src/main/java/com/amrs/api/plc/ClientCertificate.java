package com.amrs.api.plc;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The api-server's OPC-UA application instance certificate: made at first start in
 * {@code <pki-dir>/own/amrs-client.pfx} (readable by its owner only), the same one ever after, so that
 * a PLC that trusted it once keeps trusting it.
 */
record ClientCertificate(KeyPair keyPair, X509Certificate certificate) {

    static final String APPLICATION_URI = "urn:amrs:api-server";

    private static final Logger log = LoggerFactory.getLogger(ClientCertificate.class);
    private static final String ALIAS = "amrs-client";
    private static final char[] STORE_PASSWORD = "amrs-client".toCharArray();

    static ClientCertificate loadOrCreate(Path pkiDir) throws Exception {
        Path file = pkiDir.resolve("own").resolve(ALIAS + ".pfx");
        KeyStore store = KeyStore.getInstance("PKCS12");
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                store.load(in, STORE_PASSWORD);
            }
        } else {
            create(store, file);
        }
        var certificate = (X509Certificate) store.getCertificate(ALIAS);
        var key = (PrivateKey) store.getKey(ALIAS, STORE_PASSWORD);
        return new ClientCertificate(new KeyPair(certificate.getPublicKey(), key), certificate);
    }

    private static void create(KeyStore store, Path file) throws Exception {
        store.load(null, STORE_PASSWORD);
        KeyPair keyPair = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
        X509Certificate certificate = new SelfSignedCertificateBuilder(keyPair)
                .setCommonName("AMRS api-server")
                .setOrganization("AMRS")
                .setApplicationUri(APPLICATION_URI)
                .addDnsName(InetAddress.getLocalHost().getHostName())
                .addDnsName("localhost")
                .build();
        store.setKeyEntry(ALIAS, keyPair.getPrivate(), STORE_PASSWORD, new X509Certificate[] {certificate});
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(partial)) {
            store.store(out, STORE_PASSWORD);
        }
        Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
        Files.move(partial, file);
        log.info("Created the OPC-UA client certificate {} (application URI {})", file, APPLICATION_URI);
    }
}
