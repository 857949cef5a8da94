package com.amrs.reporting.mail;

import com.amrs.reporting.data.ReportData;
import java.net.URI;
import java.util.List;

/**
 * A report's mail as it is stored with the report, so that every try sends the same: subject, text, HTML,
 * receivers, and the PDF attached, or linked when it is too large to attach ({@code pdf} null).
 */
public record Letter(String subject, String text, String html, List<String> to, String fileName, byte[] pdf) {

    public Letter {
        to = List.copyOf(to);
    }

    /** @param link where the PDF is when it is too large to attach, null to attach it */
    public static Letter of(ReportData data, String fileName, byte[] pdf, List<String> to, URI link) {
        MailSummary summary = MailSummary.of(data, fileName, link);
        return new Letter(summary.subject(), summary.plain(), summary.html(), to, fileName, link == null ? pdf : null);
    }
}
