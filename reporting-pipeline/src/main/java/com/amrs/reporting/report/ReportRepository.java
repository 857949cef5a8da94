package com.amrs.reporting.report;

import com.amrs.reporting.data.ReportData;
import com.amrs.reporting.mail.Letter;
import com.amrs.reporting.mail.MailStatus;
import com.amrs.reporting.mail.ReportMailer;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code reports} table: one row per report with its PDF, workbook and mail, read by the api-server's
 * {@code /api/reports}; old reports removed after {@code amrs.report.retention-days}.
 */
@Repository
class ReportRepository {

    private final JdbcClient jdbc;
    private final ReportMailer mailer;

    ReportRepository(JdbcClient jdbc, ReportMailer mailer) {
        this.jdbc = jdbc;
        this.mailer = mailer;
    }

    /** Stores the report with its mail, which is then pending, or skipped without a server or receivers. */
    long insert(ReportRequest request, ReportData data, String fileName, RenderedReport rendered, Letter letter) {
        boolean mail = mailed(letter);
        return jdbc.sql("""
                        insert into reports (generated_at, period_start, period_end, file_name, content, xlsx, kind,
                                             machines, mail_status, mail_to, mail_subject, mail_text, mail_html,
                                             plant_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        returning id
                        """)
                .params(
                        OffsetDateTime.ofInstant(data.generatedAt(), ZoneOffset.UTC),
                        data.window().from(),
                        data.window().to(),
                        fileName,
                        rendered.pdf(),
                        rendered.xlsx(),
                        request.kind().code(),
                        request.machines().parameter(),
                        mail ? MailStatus.PENDING.column() : MailStatus.SKIPPED.column(),
                        request.mailTo() == null ? null : request.mailTo().toArray(String[]::new),
                        letter.subject(),
                        letter.text(),
                        letter.html(),
                        request.machines().plantParameter())
                .query(Long.class)
                .single();
    }

    /** The report's mail as it is to be sent after all (a link instead of the attachment). */
    void updateLetter(long id, Letter letter) {
        jdbc.sql("update reports set mail_subject = ?, mail_text = ?, mail_html = ? where id = ?")
                .params(letter.subject(), letter.text(), letter.html(), id)
                .update();
    }

    private boolean mailed(Letter letter) {
        return mailer.enabled() && !letter.to().isEmpty();
    }

    /** Removes the reports made before {@code oldest}, and the finished jobs of that time; how many reports. */
    int removeBefore(Instant oldest) {
        Timestamp before = Timestamp.from(oldest);
        jdbc.sql("delete from report_jobs where state in ('done', 'failed') and created_at < ?")
                .param(before)
                .update();
        return jdbc.sql("delete from reports where generated_at < ?")
                .param(before)
                .update();
    }
}
