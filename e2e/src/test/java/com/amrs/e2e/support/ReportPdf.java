package com.amrs.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The key figures of a report PDF (DESIGN.md §9 labels), read back with PDFBox. */
public record ReportPdf(String text) {

    public static ReportPdf read(Path pdf) {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return new ReportPdf(new PDFTextStripper().getText(document));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pdf, e);
        }
    }

    /** {@code Total Units 15,420} gives 15420. */
    public long count(String label) {
        return Long.parseLong(figure(label, "([0-9][0-9,]*)").replace(",", ""));
    }

    /** {@code Yield 98.14 %}, {@code Average Downtime 11.34 min}: the number before the unit. */
    public BigDecimal decimal(String label, String unit) {
        return new BigDecimal(
                figure(label, "([0-9][0-9,]*\\.[0-9]+) ?" + Pattern.quote(unit)).replace(",", ""));
    }

    private String figure(String label, String value) {
        Matcher matcher =
                Pattern.compile("(?m)^" + Pattern.quote(label) + " " + value).matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("the report has no '" + label + "' figure; its text:\n" + text);
        }
        return matcher.group(1);
    }
}
