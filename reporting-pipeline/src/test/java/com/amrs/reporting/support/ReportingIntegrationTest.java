package com.amrs.reporting.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
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
 * 2026-01-26 10:00 UTC (11:00 in the plant, Europe/Berlin) until a test moves the clock. Subclasses share one
 * context; the queued reports are made when a test asks the worker.
 */
@SpringBootTest
@Import(ReportingIntegrationTest.TestClock.class)
public abstract class ReportingIntegrationTest {

    public static final Instant NOW = Instant.parse("2026-01-26T10:00:00Z");
    public static final String RECEIVERS = "ops@plant.test, manager@plant.test";
    /** At {@link #NOW} when each test starts. */
    protected static final SettableClock CLOCK = new SettableClock(NOW);

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
        // the tests make the queued reports themselves (JobWorker), not the schedule's worker
        registry.add("amrs.report.job-poll", () -> "1h");
    }

    @BeforeEach
    void cleanUp() throws Exception {
        CLOCK.set(NOW);
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
    static class TestClock {

        @Bean
        @Primary
        Clock settableClock() {
            return CLOCK;
        }
    }
}
