package com.amrs.api.report;

import java.util.Locale;
import org.springframework.http.MediaType;

/** The two files of a report: the PDF ({@code reports.content}) and the workbook ({@code reports.xlsx}). */
enum ReportFile {
    PDF("content", MediaType.APPLICATION_PDF),
    XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

    private final String column;
    private final MediaType mediaType;

    ReportFile(String column, MediaType mediaType) {
        this.column = column;
        this.mediaType = mediaType;
    }

    /** The bytea column that holds the file; a constant, never from a request. */
    String column() {
        return column;
    }

    MediaType mediaType() {
        return mediaType;
    }

    /** The download's name: the PDF's own, the workbook's the same with {@code .xlsx}. */
    String fileName(String pdfFileName) {
        if (this == PDF) {
            return pdfFileName;
        }
        boolean pdf = pdfFileName.toLowerCase(Locale.ROOT).endsWith(".pdf");
        return (pdf ? pdfFileName.substring(0, pdfFileName.length() - 4) : pdfFileName) + ".xlsx";
    }

    /** E.g. {@code /api/reports/7/pdf}. */
    String url(long reportId) {
        return "/api/reports/" + reportId + "/" + name().toLowerCase(Locale.ROOT);
    }
}
