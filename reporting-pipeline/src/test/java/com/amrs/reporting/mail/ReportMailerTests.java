package com.amrs.reporting.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.config.plant.PlantProperties;
import com.amrs.core.kpi.Kpis;
import com.amrs.core.shift.ProductionWindow;
import com.amrs.reporting.config.ReportingProperties;
import com.amrs.reporting.config.ReportingProperties.Downtime;
import com.amrs.reporting.config.ReportingProperties.Mail;
import com.amrs.reporting.config.ReportingProperties.Report;
import com.amrs.reporting.data.PreviousPeriod;
import com.amrs.reporting.data.ReportData;
import com.amrs.store.MachineFilter;
import com.amrs.store.completeness.WindowCompleteness;
import com.amrs.store.downtime.Pareto;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.util.unit.DataSize;

/** The mailer against a real SMTP server (GreenMail) that requires a login and offers no STARTTLS. */
class ReportMailerTests {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("reports@plant.test", "s3cret"));

    private static final byte[] PDF = "%PDF-1.7 stand-in".getBytes();

    @Test
    void logsInWithSenderAndPasswordWhenAPasswordIsSet() throws Exception {
        MailOutcome outcome = mailer(false, "s3cret").send(letter());

        assertThat(outcome).isEqualTo(MailOutcome.sent());
        assertThat(SMTP.getReceivedMessages())
                .singleElement()
                .satisfies(message -> assertThat(message.getSubject()).contains("2026-01-26"));
    }

    @Test
    void aWrongPasswordFailsWithoutRetrying() {
        MailOutcome outcome = mailer(false, "wrong").send(letter());

        assertThat(outcome.status()).isEqualTo(MailStatus.FAILED);
        assertThat(outcome.error()).containsIgnoringCase("auth");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void requiredStartTlsRefusesAServerThatDoesNotOfferIt() {
        MailOutcome outcome = mailer(true, "s3cret").send(letter());

        assertThat(outcome.status()).isEqualTo(MailStatus.FAILED);
        assertThat(outcome.error()).contains("STARTTLS");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void withoutServerMailIsSkipped() {
        var noServer = new Mail(
                null,
                25,
                true,
                null,
                null,
                List.of("ops@plant.test"),
                3,
                Duration.ofSeconds(1),
                1,
                Duration.ofSeconds(1),
                Duration.ofHours(24),
                Duration.ofMinutes(1),
                DataSize.ofMegabytes(10));

        ReportMailer mailer = new ReportMailer(properties(noServer));

        assertThat(mailer.enabled()).isFalse();
        assertThat(mailer.send(letter())).isEqualTo(MailOutcome.skipped());
    }

    @Test
    void aLetterWithALinkInsteadOfThePdfHasNoAttachment() throws Exception {
        URI link = URI.create("https://amrs.plant.test/api/reports/51/pdf");
        Letter letter = Letter.of(data(), "Report_2026-01-26.pdf", PDF, List.of("ops@plant.test"), link);

        assertThat(mailer(false, "s3cret").send(letter)).isEqualTo(MailOutcome.sent());

        MimeMessage message = SMTP.getReceivedMessages()[0];
        assertThat(message.getContentType()).doesNotContain("application/pdf");
        assertThat(GreenMailUtil.getBody(message))
                .contains("too large to attach", link.toString())
                .doesNotContain("application/pdf");
    }

    private static ReportMailer mailer(boolean starttls, String password) {
        return new ReportMailer(properties(new Mail(
                "localhost",
                SMTP.getSmtp().getPort(),
                starttls,
                "reports@plant.test",
                password,
                List.of("ops@plant.test"),
                3,
                Duration.ofMillis(10),
                2,
                Duration.ofSeconds(5),
                Duration.ofHours(24),
                Duration.ofMinutes(1),
                DataSize.ofMegabytes(10))));
    }

    private static ReportingProperties properties(Mail mail) {
        return new ReportingProperties(
                new PlantProperties("default", "Springfield Plant", ZoneOffset.UTC, List.of(), List.of()),
                new Downtime(Duration.ofMinutes(2)),
                new Report(
                        7,
                        "0 0 8 * * *",
                        Path.of("reports"),
                        400,
                        URI.create("http://localhost:8080"),
                        Duration.ofMillis(500),
                        Duration.ofMinutes(10),
                        mail),
                "plant");
    }

    private static Letter letter() {
        return Letter.of(data(), "Report_2026-01-26.pdf", PDF, List.of("ops@plant.test"), null);
    }

    private static ReportData data() {
        LocalDate today = LocalDate.of(2026, 1, 26);
        return new ReportData(
                "Springfield Plant",
                ZoneOffset.UTC,
                ProductionWindow.lastDays(
                        7,
                        java.time.Clock.fixed(Instant.parse("2026-01-26T10:00:00Z"), ZoneOffset.UTC),
                        ZoneOffset.UTC),
                Instant.parse("2026-01-26T10:00:00Z"),
                Kpis.of(List.of()),
                List.of(),
                Map.of(),
                Duration.ofMinutes(2),
                List.of(),
                List.of(),
                List.of(),
                WindowCompleteness.none(),
                Pareto.none(),
                List.of(),
                MachineFilter.all(),
                PreviousPeriod.none(new ProductionWindow(today, today)),
                List.of());
    }
}
