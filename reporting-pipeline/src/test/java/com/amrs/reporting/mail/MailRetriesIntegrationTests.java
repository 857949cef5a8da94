package com.amrs.reporting.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.reporting.report.GeneratedReport;
import com.amrs.reporting.report.ReportGenerator;
import com.amrs.reporting.support.ReportingIntegrationTest;
import com.amrs.reporting.support.SampleWeek;
import com.amrs.reporting.support.TestDatabase;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A report's mail when SMTP fails (DESIGN.md §16): tried again with backoff until it gets through, for a day,
 * then failed; sent again on demand.
 */
class MailRetriesIntegrationTests extends ReportingIntegrationTest {

    @Autowired
    ReportGenerator generator;

    @Autowired
    MailOutbox outbox;

    @Test
    void smtpDownThenUpTheMailArrivesAtItsNextTry() throws Exception {
        SampleWeek.insert();
        SMTP.failNext(Integer.MAX_VALUE);
        GeneratedReport report = generator.generate();
        assertThat(report.mail().status()).isEqualTo(MailStatus.PENDING);
        SMTP.reset();

        CLOCK.advance(Duration.ofSeconds(59));
        outbox.deliverDue();
        assertThat(GREEN_MAIL.getReceivedMessages()).as("not due yet").isEmpty();

        CLOCK.advance(Duration.ofSeconds(1));
        outbox.deliverDue();

        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(2); // one message, two receivers
        assertThat(GREEN_MAIL.getReceivedMessages()[0].getHeader(ReportMailer.REPORT_HEADER, null))
                .isEqualTo(String.valueOf(report.id()));
        assertThat(mail(report.id()))
                .containsEntry("mail_status", "sent")
                .containsEntry("mail_attempts", 2)
                .containsEntry("mail_error", null)
                .containsEntry("mailed_at", Timestamp.from(NOW.plusSeconds(60)));
        outbox.deliverDue();
        assertThat(GREEN_MAIL.getReceivedMessages()).as("sent once").hasSize(2);
    }

    @Test
    void aMailThatNeverGetsThroughIsTriedForADayThenFailed() {
        SMTP.failNext(Integer.MAX_VALUE);
        GeneratedReport report = generator.generate();
        Instant lastTry = NOW;
        int tries = 1;

        while ("pending".equals(mail(report.id()).get("mail_status"))) {
            Instant next = ((Timestamp) mail(report.id()).get("mail_next_at")).toInstant();
            assertThat(Duration.between(lastTry, next))
                    .as("the wait after try %d", tries)
                    .isEqualTo(Duration.ofMinutes(Math.min(60, 1L << Math.min(tries - 1, 6))));
            CLOCK.set(next);
            outbox.deliverDue();
            lastTry = next;
            tries++;
        }

        assertThat(mail(report.id())).containsEntry("mail_status", "failed").containsEntry("mail_next_at", null);
        assertThat(mail(report.id()).get("mail_attempts")).isEqualTo(tries);
        assertThat(lastTry).isBefore(NOW.plus(Duration.ofDays(1))).isAfter(NOW.plus(Duration.ofHours(23)));
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void aReportSentAgainDaysLaterIsTriedForADayFromThen() {
        SMTP.failNext(Integer.MAX_VALUE);
        GeneratedReport report = generator.generate();
        CLOCK.advance(Duration.ofDays(3));
        Instant resent = CLOCK.instant();
        // what POST /api/reports/{id}/mail does, at the reporting pipeline's time
        TestDatabase.jdbc()
                .sql("update reports set mail_status = 'pending', mail_attempts = 0, mail_next_at = null,"
                        + " mail_error = null, mail_queued_at = ? where id = ?")
                .params(Timestamp.from(resent), report.id())
                .update();

        outbox.deliverDue();

        assertThat(mail(report.id()))
                .as("not given up at the first failure")
                .containsEntry("mail_status", "pending")
                .containsEntry("mail_next_at", Timestamp.from(resent.plusSeconds(60)));
    }

    @Test
    void aResentReportIsMailedAgain() {
        GeneratedReport report = generator.generate();
        assertThat(report.mail().status()).isEqualTo(MailStatus.SENT);

        // what POST /api/reports/{id}/mail does
        TestDatabase.jdbc()
                .sql("update reports set mail_status = 'pending', mail_attempts = 0, mail_next_at = null,"
                        + " mail_error = null where id = ?")
                .param(report.id())
                .update();
        outbox.deliverDue();

        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(4);
        assertThat(mail(report.id())).containsEntry("mail_status", "sent");
    }

    private static Map<String, Object> mail(long id) {
        return TestDatabase.jdbc()
                .sql("select mail_status, mail_error, mail_attempts, mail_next_at, mailed_at from reports where id = ?")
                .param(id)
                .query()
                .singleRow();
    }
}
