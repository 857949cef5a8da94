package com.amrs.reporting.mail;

import com.amrs.reporting.config.ReportingProperties;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the reports' mails from their rows in {@code reports} (DESIGN.md §16): at once after a report is
 * stored, and again with backoff while a try failed, for {@code amrs.report.mail.retry-for}; then the mail
 * counts as failed. A row is locked while its mail goes out ({@code for update skip locked}), so however many
 * instances run, each mail is sent by one of them, and once it is marked sent by none again.
 */
@Component
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);
    private static final int BATCH = 20;

    /** A mail waiting for a try; {@code queuedAt}: since when it is tried (made, or asked for again). */
    private record Pending(long id, String fileName, Letter letter, Instant queuedAt, int attempts) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ReportMailer mailer;
    private final ReportingProperties.Mail settings;
    private final Clock clock;

    MailOutbox(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            ReportMailer mailer,
            ReportingProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.mailer = mailer;
        this.settings = properties.report().mail();
        this.clock = clock;
    }

    /** Every mail whose next try is due; the schedule calls it every few seconds. */
    public void deliverDue() {
        List<Long> due = jdbc.sql("""
                        select id from reports
                        where mail_status = 'pending' and coalesce(mail_next_at, generated_at) <= ?
                        order by id limit ?""")
                .params(Timestamp.from(clock.instant()), BATCH)
                .query(Long.class)
                .list();
        due.forEach(this::deliver);
    }

    /**
     * Tries the report's mail now if it waits for a try and no other instance is sending it; what became of
     * it (empty when it was not this instance's to send).
     */
    public Optional<MailOutcome> deliver(long reportId) {
        return transactions.execute(status -> lock(reportId).map(this::send));
    }

    private Optional<Pending> lock(long reportId) {
        return jdbc.sql("""
                        select id, file_name, content, mail_subject, mail_text, mail_html, mail_to,
                               coalesce(mail_queued_at, generated_at) as queued_at, mail_attempts
                        from reports
                        where id = ? and mail_status = 'pending'
                        for update skip locked""").param(reportId).query(this::pending).optional();
    }

    private MailOutcome send(Pending pending) {
        MailOutcome outcome = mailer.send(pending.letter(), pending.id());
        Instant now = clock.instant();
        int attempts = pending.attempts() + 1;
        if (outcome.status() == MailStatus.SENT) {
            jdbc.sql("""
                            update reports set mail_status = 'sent', mail_error = null, mail_attempts = ?,
                                               mail_next_at = null, mailed_at = ?
                            where id = ?""").params(attempts, Timestamp.from(now), pending.id()).update();
            return outcome;
        }
        if (outcome.status() == MailStatus.SKIPPED) {
            jdbc.sql("update reports set mail_status = 'skipped', mail_next_at = null where id = ?")
                    .param(pending.id())
                    .update();
            return outcome;
        }
        Instant next = now.plus(wait(attempts));
        boolean givenUp = next.isAfter(pending.queuedAt().plus(settings.retryFor()));
        jdbc.sql("""
                        update reports set mail_status = ?, mail_error = ?, mail_attempts = ?, mail_next_at = ?
                        where id = ?""")
                .params(
                        givenUp ? MailStatus.FAILED.column() : MailStatus.PENDING.column(),
                        outcome.error(),
                        attempts,
                        givenUp ? null : Timestamp.from(next),
                        pending.id())
                .update();
        if (givenUp) {
            log.error(
                    "Gave up mailing {} after {} tries over {}: {}",
                    pending.fileName(),
                    attempts,
                    settings.retryFor(),
                    outcome.error());
            return outcome;
        }
        log.warn("Will try to mail {} again at {} (try {} failed)", pending.fileName(), next, attempts);
        return new MailOutcome(MailStatus.PENDING, outcome.error());
    }

    /** retry-backoff, doubled after each failed try, at most an hour. */
    private Duration wait(int failedTries) {
        Duration wait = settings.retryBackoff();
        for (int i = 1; i < failedTries && wait.compareTo(LONGEST_WAIT) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private Pending pending(ResultSet rs, int row) throws SQLException {
        String fileName = rs.getString("file_name");
        byte[] pdf = rs.getBytes("content");
        List<String> to = addresses(rs.getArray("mail_to")).orElse(mailer.receivers());
        boolean attach = pdf.length <= settings.maxAttachment().toBytes();
        // a report of a version before the mail was stored with it (resent on demand): a plain letter
        String text = rs.getString("mail_text");
        var letter = new Letter(
                Optional.ofNullable(rs.getString("mail_subject")).orElse("AMRS production report " + fileName),
                text == null ? "The report " + fileName + " is attached.\n" : text,
                Optional.ofNullable(rs.getString("mail_html"))
                        .orElse("<html><body><p>The report " + fileName + " is attached.</p></body></html>"),
                to,
                fileName,
                attach ? pdf : null);
        return new Pending(
                rs.getLong("id"),
                fileName,
                letter,
                rs.getTimestamp("queued_at").toInstant(),
                rs.getInt("mail_attempts"));
    }

    private static Optional<List<String>> addresses(Array array) throws SQLException {
        return array == null ? Optional.empty() : Optional.of(Arrays.asList((String[]) array.getArray()));
    }
}
