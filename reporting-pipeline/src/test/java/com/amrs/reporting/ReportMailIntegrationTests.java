package com.amrs.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.reporting.mail.MailStatus;
import com.amrs.reporting.report.GeneratedReport;
import com.amrs.reporting.report.ReportGenerator;
import com.amrs.reporting.support.ReportingIntegrationTest;
import com.amrs.reporting.support.SampleWeek;
import com.amrs.reporting.support.TestDatabase;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class ReportMailIntegrationTests extends ReportingIntegrationTest {

    @Autowired
    ReportGenerator generator;

    @Test
    void mailsOneMessageToAllReceiversWithThePdfAttached() throws Exception {
        SampleWeek.insert();

        GeneratedReport report = generator.generate();

        assertThat(report.mail().status()).isEqualTo(MailStatus.SENT);
        assertThat(SMTP.connections()).isOne();
        MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[0].getMessageID()).isEqualTo(received[1].getMessageID());
        MimeMessage message = received[0];
        assertThat(addresses(message.getRecipients(Message.RecipientType.TO)))
                .containsExactly("ops@plant.test", "manager@plant.test");
        assertThat(addresses(message.getFrom())).containsExactly("reports@plant.test");
        assertThat(message.getSubject()).isEqualTo("AMRS production report Springfield Plant 2026-01-26");
        List<Leaf> parts = leaves(message);
        assertThat(parts)
                .filteredOn(part -> part.type().startsWith("text/plain"))
                .singleElement()
                .satisfies(part -> assertThat(part.text())
                        .contains("Yield:", "98.14 %", "Total Units:", "15,420", "Completeness:")
                        // the week before holds one record of OPC-UA-M1: 99,999 units, 9,999 defects
                        .contains("Against 2026-01-13 \u2013 2026-01-19: units \u221284.6 %, yield +8.14 pt, OEE "));
        assertThat(parts)
                .filteredOn(part -> part.type().startsWith("text/html"))
                .singleElement()
                .satisfies(part -> assertThat(part.text()).contains("Springfield Plant", "98.14 %"));
        assertThat(parts)
                .filteredOn(part -> part.type().startsWith("application/pdf"))
                .singleElement()
                .satisfies(pdf -> {
                    assertThat(pdf.fileName()).isEqualTo("Report_2026-01-26.pdf");
                    assertThat(pdf.bytes()).isEqualTo(Files.readAllBytes(report.pdf()));
                });
        assertThat(mailColumns(report.id()))
                .containsEntry("mail_status", "sent")
                .containsEntry("mail_error", null);
    }

    @Test
    void retriesATransientFailureAndDeliversOnTheThirdAttempt(CapturedOutput output) throws Exception {
        SMTP.failNext(2);

        GeneratedReport report = generator.generate();

        assertThat(report.mail().status()).isEqualTo(MailStatus.SENT);
        assertThat(SMTP.connections()).isEqualTo(3);
        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(2);
        assertThat(output).contains("Mail attempt 1 of 3 failed", "Mail attempt 2 of 3 failed", "421");
        assertThat(mailColumns(report.id())).containsEntry("mail_status", "sent");
    }

    @Test
    void aMailFailureKeepsTheReportAndRecordsWhyAndWhenItIsTriedAgain(CapturedOutput output) throws Exception {
        SampleWeek.insert();
        SMTP.failNext(Integer.MAX_VALUE);

        GeneratedReport report = generator.generate();

        assertThat(report.mail().status()).isEqualTo(MailStatus.PENDING);
        assertThat(SMTP.connections()).isEqualTo(3);
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
        assertThat(REPORTS.resolve("pdf/Report.pdf")).isRegularFile();
        assertThat(REPORTS.resolve("excel/Report_2026-01-26.xlsx")).isRegularFile();
        Map<String, Object> row = mailColumns(report.id());
        assertThat(row).containsEntry("mail_status", "pending").containsEntry("mail_attempts", 1);
        assertThat((String) row.get("mail_error")).contains("SMTP localhost:" + SMTP.port(), "421");
        assertThat(((java.sql.Timestamp) row.get("mail_next_at")).toInstant())
                .as("a minute later")
                .isEqualTo(NOW.plusSeconds(60));
        assertThat(output)
                .contains("Could not mail Report_2026-01-26.pdf", "Will try to mail Report_2026-01-26.pdf again");
    }

    private static Map<String, Object> mailColumns(long id) {
        return TestDatabase.jdbc()
                .sql("select mail_status, mail_error, mail_attempts, mail_next_at from reports where id = ?")
                .param(id)
                .query()
                .singleRow();
    }

    private static List<String> addresses(Address[] addresses) {
        return Arrays.stream(addresses).map(Address::toString).toList();
    }

    /** The message's parts that are not multiparts, depth first. */
    private static List<Leaf> leaves(Part part) throws Exception {
        List<Leaf> leaves = new ArrayList<>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                leaves.addAll(leaves(child));
            }
        } else {
            byte[] bytes = part.getInputStream().readAllBytes();
            leaves.add(new Leaf(part.getContentType().toLowerCase(Locale.ROOT), part.getFileName(), bytes));
        }
        return leaves;
    }

    private record Leaf(String type, String fileName, byte[] bytes) {

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
