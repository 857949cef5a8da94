package com.amrs.reporting.report;

import com.amrs.reporting.data.ReportData;
import com.amrs.reporting.mail.MailOutcome;
import com.amrs.reporting.mail.MailStatus;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code reports} table: one row per report with the PDF, read by the api-server's {@code /api/reports/latest}. */
@Repository
class ReportRepository {

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ReportData data, String fileName, byte[] pdf, MailStatus mailStatus) {
        return jdbc.sql("""
                        insert into reports (generated_at, period_start, period_end, file_name, content, mail_status)
                        values (?, ?, ?, ?, ?, ?)
                        returning id
                        """)
                .params(
                        OffsetDateTime.ofInstant(data.generatedAt(), ZoneOffset.UTC),
                        data.window().from(),
                        data.window().to(),
                        fileName,
                        pdf,
                        mailStatus.column())
                .query(Long.class)
                .single();
    }

    void updateMail(long id, MailOutcome outcome) {
        jdbc.sql("update reports set mail_status = ?, mail_error = ? where id = ?")
                .params(outcome.status().column(), outcome.error(), id)
                .update();
    }
}
