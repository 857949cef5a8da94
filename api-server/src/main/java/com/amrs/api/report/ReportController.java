package com.amrs.api.report;

import com.amrs.api.system.ApiException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/reports/latest}: the newest PDF the reporting pipeline stored in {@code reports}. */
@RestController
class ReportController {

    private final JdbcClient jdbc;

    ReportController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record StoredReport(String fileName, byte[] content) {}

    @GetMapping("/api/reports/latest")
    ResponseEntity<byte[]> latest() {
        StoredReport report = jdbc.sql(
                        "select file_name, content from reports order by generated_at desc, id desc limit 1")
                .query((rs, row) -> new StoredReport(rs.getString(1), rs.getBytes(2)))
                .optional()
                .orElseThrow(ApiException::noReport);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(report.fileName())
                                .build()
                                .toString())
                .body(report.content());
    }
}
