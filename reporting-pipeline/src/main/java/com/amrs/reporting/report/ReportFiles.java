package com.amrs.reporting.report;

import com.amrs.reporting.config.ReportingProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Writes a report's files under the reports directory, each one atomically (a temporary file in
 * the same directory, then a rename), so that a reader never sees half a file.
 */
@Component
class ReportFiles {

    private final Path dir;

    ReportFiles(ReportingProperties properties) {
        this.dir = properties.report().dir();
    }

    /** Writes the PDF (latest and dated copy), the workbook and the chart images; returns the dated PDF. */
    Path write(LocalDate reportDate, RenderedReport report) {
        Path datedPdf = dir.resolve("pdf").resolve("Report_" + reportDate + ".pdf");
        atomically(dir.resolve("pdf").resolve("Report.pdf"), report.pdf());
        atomically(datedPdf, report.pdf());
        atomically(dir.resolve("excel").resolve("Report_" + reportDate + ".xlsx"), report.xlsx());
        atomically(dir.resolve("chart_prod.png"), report.productionChart());
        atomically(dir.resolve("chart_down_trend.png"), report.downtimeTrendChart());
        atomically(dir.resolve("chart_down_var.png"), report.downtimeChart());
        return datedPdf;
    }

    static void atomically(Path target, byte[] content) {
        Path parent = target.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            Files.createDirectories(parent);
            temporary = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
            Files.write(temporary, content);
            move(temporary, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target.toAbsolutePath(), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // the next report leaves its own temporary file behind at worst; nothing to repair here
        }
    }
}
