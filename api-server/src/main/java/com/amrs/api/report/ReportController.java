package com.amrs.api.report;

import com.amrs.api.system.ApiException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/reports} (DESIGN.md §16): the reports the reporting pipeline stored, newest first, their PDF and
 * workbook, a mail sent again; {@code /api/reports/latest} is the newest PDF, as before.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

    /** How many reports there are in all, beside the page: the list itself is an array (DESIGN.md §16). */
    static final String TOTAL_COUNT = "X-Total-Count";

    private final ReportQueries reports;

    ReportController(ReportQueries reports) {
        this.reports = reports;
    }

    @GetMapping
    ResponseEntity<List<ReportView>> list(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return ResponseEntity.ok()
                .header(TOTAL_COUNT, Long.toString(reports.count()))
                .body(reports.page(page, size));
    }

    @GetMapping("/latest")
    ResponseEntity<Resource> latest() {
        return download(reports.newestId().orElseThrow(ApiException::noReport), ReportFile.PDF);
    }

    @GetMapping("/{id}/pdf")
    ResponseEntity<Resource> pdf(@PathVariable long id) {
        return download(id, ReportFile.PDF);
    }

    @GetMapping("/{id}/xlsx")
    ResponseEntity<Resource> xlsx(@PathVariable long id) {
        return download(id, ReportFile.XLSX);
    }

    /** Sends the report's mail again: the reporting pipeline mails it at its next look, with fresh retries. */
    @PostMapping("/{id}/mail")
    ResponseEntity<ReportView> resend(@PathVariable long id) {
        if (!reports.resend(id)) {
            throw ApiException.notFound("Report " + id);
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(reports.find(id).orElseThrow(() -> ApiException.notFound("Report " + id)));
    }

    private ResponseEntity<Resource> download(long id, ReportFile file) {
        ReportQueries.StoredFile stored =
                reports.file(id, file).orElseThrow(() -> ApiException.notFound("Report " + id));
        if (stored.content() == null) {
            throw ApiException.noWorkbook(id);
        }
        return ResponseEntity.ok()
                .contentType(file.mediaType())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(stored.fileName())
                                .build()
                                .toString())
                .body(stored.content());
    }
}
