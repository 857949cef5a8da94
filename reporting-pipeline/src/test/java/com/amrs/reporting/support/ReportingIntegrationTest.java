package com.amrs.reporting.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The whole application against a real PostgreSQL and a real SMTP server (GreenMail behind a
 * {@link FlakySmtpServer}), configured through the environment variable names of DESIGN §2, at
 * 2026-01-26 10:00 UTC (11:00 in the plant, Europe/Berlin). Subclasses share one context.
 */
@SpringBootTest
@Import(ReportingIntegrationTest.FixedClock.class)
public abstract class ReportingIntegrationTest {

    public static final Instant NOW = Instant.parse("2026-01-26T10:00:00Z");
    public static final String RECEIVERS = "ops@plant.test, manager@plant.test";

    protected static final GreenMail GREEN_MAIL = startGreenMail();
    protected static final FlakySmtpServer SMTP =
            new FlakySmtpServer(() -> GREEN_MAIL.getSmtp().getPort());
    protected static final Path REPORTS = temporaryDirectory();

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        registry.add("AMRS_CONFIG", () -> "does-not-exist.yml");
        registry.add("PLANT_TIMEZONE", () -> "Europe/Berlin");
        registry.add("REPORTS_DIR", REPORTS::toString);
        registry.add("REPORT_DAYS", () -> "7");
        registry.add("SMTP_SERVER", () -> "localhost");
        registry.add("SMTP_PORT", SMTP::port);
        registry.add("SMTP_STARTTLS", () -> "false");
        registry.add("EMAIL_SENDER", () -> "reports@plant.test");
        registry.add("EMAIL_RECEIVER", () -> RECEIVERS);
        registry.add("amrs.plant.name", () -> "Springfield Plant");
        registry.add("amrs.report.mail.backoff", () -> "50ms");
        registry.add("amrs.report.mail.timeout", () -> "5s");
    }

    @BeforeEach
    void cleanUp() throws Exception {
        TestDatabase.clean();
        GREEN_MAIL.purgeEmailFromAllMailboxes();
        SMTP.reset();
        FileSystemUtils.deleteRecursively(REPORTS);
        Files.createDirectories(REPORTS);
    }

    private static GreenMail startGreenMail() {
        var greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        greenMail.start();
        return greenMail;
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("amrs-reports");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {

        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }
}
