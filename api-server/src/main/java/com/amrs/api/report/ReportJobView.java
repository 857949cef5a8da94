package com.amrs.api.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A report job as {@code GET /api/reports/jobs/{id}} shows it (DESIGN.md §16): its state (queued, running, done
 * or failed), the report it made or why it failed, and what was asked for by whom.
 */
record ReportJobView(
        long id,
        String state,
        Long reportId,
        String error,
        LocalDate periodStart,
        LocalDate periodEnd,
        List<String> machines,
        List<String> mailTo,
        String requestedBy,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt) {

    static final String COLUMNS = """
            id, state, report_id, error, period_start, period_end, machines, mail_to, requested_by, created_at,
            started_at, finished_at""";

    static ReportJobView read(ResultSet rs, int row) throws SQLException {
        return new ReportJobView(
                rs.getLong("id"),
                rs.getString("state"),
                rs.getObject("report_id", Long.class),
                rs.getString("error"),
                rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class),
                ReportView.texts(rs.getArray("machines")),
                ReportView.texts(rs.getArray("mail_to")),
                rs.getString("requested_by"),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
