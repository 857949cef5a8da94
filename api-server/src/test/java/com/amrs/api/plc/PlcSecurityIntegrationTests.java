package com.amrs.api.plc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.amrs.api.support.TagMapSettings;
import com.amrs.api.support.TestDatabase;
import com.amrs.api.support.TestPlc;
import com.amrs.api.support.acme.AcmePlc;
import com.amrs.testsupport.FreePorts;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Secured sessions (DESIGN.md §12): our simulator in its secured mode, whose certificate is not
 * trusted until a plant engineer moves it from rejected/ to trusted/certs; an {@link AcmePlc} trusted
 * on first use; the same PLC with a wrong password.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "amrs.security.anonymous-read=true",
            "amrs.api.poll-interval=500",
            "amrs.api.collector.retry-attempts=1",
            "amrs.api.collector.request-timeout=2s",
            "amrs.api.reports-dir=target/test-reports/plc-security"
        })
@AutoConfigureMockMvc
class PlcSecurityIntegrationTests {

    private static final String SIM_USER = "operator";
    private static final String SIM_PASSWORD = "simulator-secret-42";
    private static final int SIM_PORT = FreePorts.next();
    private static final Path SIM_PKI = temporaryDirectory("amrs-sim-pki");
    private static final Path PKI = temporaryDirectory("amrs-pki");
    private static AnnotationConfigApplicationContext simulator =
            TestPlc.startSecured(SIM_PORT, SIM_USER, SIM_PASSWORD, SIM_PKI);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void plcs(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "amrs_plc_security");
        registry.add("amrs.pki-dir", PKI::toString);
        TagMapSettings.plc(registry, 0, "sim", () -> TestPlc.endpointUrl(simulator))
                .secured(SIM_USER, SIM_PASSWORD, false)
                .discoverSimulator();
        AcmePlc acme = AcmePlc.shared();
        TagMapSettings.plc(registry, 1, "line1", acme::endpointUrl)
                .secured(AcmePlc.USERNAME, AcmePlc.PASSWORD, true)
                .acmeMachine(acme, "Filler1");
        TagMapSettings.plc(registry, 2, "wrong-login", acme::endpointUrl)
                .secured(AcmePlc.USERNAME, "not-the-password", true)
                .machine("Filler1-again", acme.nodes("Filler1"), "packml");
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @Test
    void anUntrustedPlcIsReadOnceItsCertificateIsMovedToTrustedAndStaysTrustedAcrossItsRestarts() throws IOException {
        awaitState(0, "untrusted");
        assertThat(plcError(0)).contains(PKI.resolve("rejected").toString());
        Path rejected = certificatesIn("rejected").stream()
                .filter(file -> subjectOf(file).contains("AMRS PLC simulator"))
                .findFirst()
                .orElseThrow();
        assertThat(storedMachines()).doesNotContain("OPC-UA-M1");

        Files.move(rejected, PKI.resolve("trusted/certs").resolve(rejected.getFileName()));

        awaitState(0, "connected");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> storedMachines().containsAll(List.of("OPC-UA-M1", "OPC-UA-M3")));

        simulator.close();
        awaitState(0, "unreachable");
        simulator = TestPlc.startSecured(SIM_PORT, SIM_USER, SIM_PASSWORD, SIM_PKI);

        awaitState(0, "connected");
    }

    @Test
    void trustsAPlcOnFirstUseWhenConfiguredTo() throws IOException {
        awaitState(1, "connected");

        assertThat(certificatesIn("trusted/certs"))
                .map(PlcSecurityIntegrationTests::subjectOf)
                .anyMatch(subject -> subject.contains("ACME Line 1 PLC"));
        assertThat(certificatesIn("rejected"))
                .map(PlcSecurityIntegrationTests::subjectOf)
                .noneMatch(subject -> subject.contains("ACME"));
        await().atMost(Duration.ofSeconds(10)).until(() -> storedMachines().contains("Filler1"));
    }

    @Test
    void aWrongPasswordIsUnauthorizedAndCostsNoOtherPlcItsData() {
        awaitState(2, "unauthorized");

        assertThat(plcError(2)).contains("amrs-collector").doesNotContain("not-the-password");
        assertThat(storedMachines()).doesNotContain("Filler1-again");
        awaitState(1, "connected");
    }

    private void awaitState(int plc, String state) {
        await().atMost(Duration.ofSeconds(30)).until(() -> state.equals(plcState(plc)));
    }

    private String plcState(int plc) {
        return health("$.plcs[" + plc + "].state");
    }

    private String plcError(int plc) {
        return health("$.plcs[" + plc + "].error");
    }

    private String health(String path) {
        try {
            String body = mvc.get().uri("/api/health").exchange().getResponse().getContentAsString();
            return String.valueOf((Object) JsonPath.read(body, path));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> storedMachines() {
        return jdbc.sql("select distinct machine_id from live_production")
                .query(String.class)
                .list();
    }

    private static List<Path> certificatesIn(String folder) throws IOException {
        try (Stream<Path> files = Files.list(PKI.resolve(folder))) {
            return files.filter(file -> file.toString().endsWith(".der")).toList();
        }
    }

    private static String subjectOf(Path certificate) {
        try (var in = Files.newInputStream(certificate)) {
            return ((X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in))
                    .getSubjectX500Principal()
                    .getName();
        } catch (IOException | CertificateException e) {
            return "";
        }
    }

    private static Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
