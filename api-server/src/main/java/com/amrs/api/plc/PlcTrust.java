package com.amrs.api.plc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.CertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.CertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.DefaultClientCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.FileBasedCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.FileBasedTrustListManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which PLC server certificates the collector trusts: those in {@code <pki-dir>/trusted/certs}. Any
 * other is refused and saved to {@code <pki-dir>/rejected/}, from where a plant engineer moves it to
 * trusted/certs (picked up without a restart). With trust on first use a PLC's first certificate is
 * trusted and logged; a later, different one is refused like any other.
 */
final class PlcTrust implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PlcTrust.class);

    private final Path pkiDir;
    private final FileBasedTrustListManager trustList;
    private final CertificateQuarantine rejected;
    private final CertificateValidator strict;

    PlcTrust(Path pkiDir) throws IOException {
        this.pkiDir = pkiDir;
        this.trustList = FileBasedTrustListManager.createAndInitialize(pkiDir);
        this.rejected = FileBasedCertificateQuarantine.create(rejectedDir());
        this.strict = new DefaultClientCertificateValidator(trustList, rejected);
    }

    Path rejectedDir() {
        return pkiDir.resolve("rejected");
    }

    Path trustedDir() {
        return pkiDir.resolve("trusted").resolve("certs");
    }

    /** The validator for one PLC; it remembers whether it refused a certificate. */
    Validator validatorFor(PlcDefinition plc) {
        return new Validator(plc);
    }

    @Override
    public void close() throws IOException {
        trustList.close();
    }

    final class Validator implements CertificateValidator {

        private final PlcDefinition plc;
        private volatile UaException refusal;

        private Validator(PlcDefinition plc) {
            this.plc = plc;
        }

        UaException refusal() {
            return refusal;
        }

        @Override
        public void validateCertificateChain(List<X509Certificate> chain, String applicationUri, String[] hosts)
                throws UaException {
            try {
                strict.validateCertificateChain(chain, applicationUri, hosts);
            } catch (UaException e) {
                if (!trustOnFirstUse(chain.getFirst())) {
                    refusal = e;
                    throw e;
                }
                strict.validateCertificateChain(chain, applicationUri, hosts);
            }
        }

        private boolean trustOnFirstUse(X509Certificate certificate) {
            Path marker = pkiDir.resolve("first-use").resolve(plc.name());
            synchronized (PlcTrust.class) {
                if (!plc.security().trustOnFirstUse() || Files.exists(marker)) {
                    return false;
                }
                trustList.addTrustedCertificate(certificate);
                rejected.removeRejectedCertificate(certificate);
                try {
                    Files.createDirectories(marker.getParent());
                    Files.writeString(
                            marker, certificate.getSubjectX500Principal().getName() + "\n");
                } catch (IOException e) {
                    log.warn("Could not note that PLC {} was trusted on first use: {}", plc.name(), e.getMessage());
                }
            }
            log.warn(
                    "PLC {}: trusting its server certificate on first use ({}), saved in {}",
                    plc.name(),
                    certificate.getSubjectX500Principal().getName(),
                    trustedDir());
            return true;
        }
    }
}
