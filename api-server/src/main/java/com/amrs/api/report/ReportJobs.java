package com.amrs.api.report;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code report_jobs} for the API: a report asked for is queued there, and the reporting pipeline takes it (with
 * {@code for update skip locked}), makes the report and sets the job done or failed.
 */
@Repository
class ReportJobs {

    private final JdbcClient jdbc;

    ReportJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ReportJobView queue(NewReportJob job, String requestedBy) {
        return jdbc.sql("""
                        insert into report_jobs (kind, period_start, period_end, machines, mail_to, requested_by,
                                                 plant_id)
                        values ('on-demand', ?, ?, cast(? as text[]), cast(? as text[]), ?, ?)
                        """ + " returning " + ReportJobView.COLUMNS)
                .params(job.from(), job.to(), texts(job.machines()), texts(job.mailTo()), requestedBy, job.plant())
                .query(ReportJobView::read)
                .single();
    }

    Optional<ReportJobView> find(long id) {
        return jdbc.sql("select " + ReportJobView.COLUMNS + " from report_jobs where id = ?")
                .param(id)
                .query(ReportJobView::read)
                .optional();
    }

    private static String[] texts(List<String> values) {
        return values == null ? null : values.toArray(String[]::new);
    }
}
