package com.amrs.api.report;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A report as {@code GET /api/reports} lists it (DESIGN.md §16): what it covers (machines null: every machine),
 * the PDF's size, the mail's state and where to download its files; {@code xlsx_url} is null for a report made
 * before workbooks were kept.
 */
record ReportView(
        long id,
        String kind,
        LocalDate periodStart,
        LocalDate periodEnd,
        List<String> machines,
        Instant createdAt,
        long pdfBytes,
        String mailStatus,
        String pdfUrl,
        String xlsxUrl) {

    /** The columns {@link #read} needs, none of them a file's bytes. */
    static final String COLUMNS = """
            id, kind, period_start, period_end, machines, generated_at, octet_length(content) as pdf_bytes,
            mail_status, xlsx is not null as has_xlsx""";

    static ReportView read(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        return new ReportView(
                id,
                rs.getString("kind"),
                rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class),
                texts(rs.getArray("machines")),
                rs.getTimestamp("generated_at").toInstant(),
                rs.getLong("pdf_bytes"),
                rs.getString("mail_status"),
                ReportFile.PDF.url(id),
                rs.getBoolean("has_xlsx") ? ReportFile.XLSX.url(id) : null);
    }

    /** A {@code text[]} column: null stays null. */
    static List<String> texts(Array array) throws SQLException {
        return array == null ? null : List.of((String[]) array.getArray());
    }
}
