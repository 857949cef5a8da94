package com.amrs.api.report;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code reports} for the API: the history newest first, a report's files, a mail sent again. */
@Repository
class ReportQueries {

    private final JdbcClient jdbc;

    ReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ReportView> page(int page, int size) {
        return jdbc.sql("select " + ReportView.COLUMNS
                        + " from reports order by generated_at desc, id desc limit ? offset ?")
                .params(size, (long) page * size)
                .query(ReportView::read)
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from reports").query(Long.class).single();
    }

    Optional<ReportView> find(long id) {
        return jdbc.sql("select " + ReportView.COLUMNS + " from reports where id = ?")
                .param(id)
                .query(ReportView::read)
                .optional();
    }

    Optional<Long> newestId() {
        return jdbc.sql("select id from reports order by generated_at desc, id desc limit 1")
                .query(Long.class)
                .optional();
    }

    /**
     * The report's file to stream: its name, size and first slice, the rest read as it is sent; empty for an
     * unknown report, a file without content when the report lacks it (the workbook of an earlier version).
     */
    Optional<StoredFile> file(long id, ReportFile file) {
        String column = file.column();
        return jdbc.sql("select file_name, cast(octet_length(" + column + ") as bigint), substring(" + column
                        + " from 1 for ?) from reports where id = ?")
                .params(ByteaResource.SLICE, id)
                .query((rs, row) -> {
                    String name = file.fileName(rs.getString(1));
                    Long bytes = rs.getObject(2, Long.class);
                    return new StoredFile(
                            name,
                            bytes == null
                                    ? null
                                    : new ByteaResource(
                                            name,
                                            bytes,
                                            rs.getBytes(3),
                                            (offset, count) -> slice(id, column, offset, count)));
                })
                .optional();
    }

    private byte[] slice(long id, String column, int offset, int count) {
        return jdbc.sql("select substring(" + column + " from ? for ?) from reports where id = ?")
                .params(offset + 1, count, id)
                .query((rs, row) -> rs.getBytes(1))
                .optional()
                .orElse(null);
    }

    /**
     * Makes the report's mail due now with fresh retries, to its own addresses (or the configured receivers); the
     * reporting pipeline sends it. False for an unknown report.
     */
    boolean resend(long id) {
        return jdbc.sql("""
                        update reports
                        set mail_status = 'pending', mail_attempts = 0, mail_next_at = null, mail_error = null,
                            mail_queued_at = now()
                        where id = ?""").param(id).update() == 1;
    }

    /** A report's file name and its bytes to stream, null when the report has no such file. */
    record StoredFile(String fileName, ByteaResource content) {}
}
