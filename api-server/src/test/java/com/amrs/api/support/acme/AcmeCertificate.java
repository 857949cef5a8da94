package com.amrs.api.support.acme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;

/**
 * The one self-signed application certificate of every {@link AcmePlc} in this JVM, made on first
 * use and kept, with its DER file, in a temporary PKI directory deleted at JVM exit.
 */
final class AcmeCertificate {

    static final String APPLICATION_URI = "urn:acme:line1:plc";

    private static AcmeCertificate instance;

    private final KeyPair keyPair;
    private final X509Certificate certificate;
    private final Path file;

    private AcmeCertificate(KeyPair keyPair, X509Certificate certificate, Path file) {
        this.keyPair = keyPair;
        this.certificate = certificate;
        this.file = file;
    }

    static synchronized AcmeCertificate get() {
        if (instance == null) {
            instance = create();
        }
        return instance;
    }

    KeyPair keyPair() {
        return keyPair;
    }

    X509Certificate certificate() {
        return certificate;
    }

    /** {@code <temp>/own/certs/acme-plc.der}. */
    Path file() {
        return file;
    }

    byte[] der() {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AcmeCertificate create() {
        try {
            KeyPair keyPair = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
            X509Certificate certificate = new SelfSignedCertificateBuilder(keyPair)
                    .setCommonName("ACME Line 1 PLC")
                    .setOrganization("ACME")
                    .setApplicationUri(APPLICATION_URI)
                    .addDnsName("localhost")
                    .addIpAddress("127.0.0.1")
                    .build();
            return new AcmeCertificate(keyPair, certificate, writeToTemporaryPki(certificate));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create the ACME PLC certificate", e);
        }
    }

    private static Path writeToTemporaryPki(X509Certificate certificate) throws CertificateEncodingException {
        try {
            Path pki = Files.createTempDirectory("acme-plc-pki");
            Path certs = Files.createDirectories(pki.resolve("own").resolve("certs"));
            Path file = Files.write(certs.resolve("acme-plc.der"), certificate.getEncoded());
            for (Path path : new Path[] {pki, pki.resolve("own"), certs, file}) {
                path.toFile().deleteOnExit();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
