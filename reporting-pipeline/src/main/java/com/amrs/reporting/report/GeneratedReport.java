package com.amrs.reporting.report;

import com.amrs.reporting.data.ReportData;
import com.amrs.reporting.mail.MailOutcome;
import java.nio.file.Path;

/**
 * A finished report: its row in {@code reports}, the dated PDF (null for a report on demand, which writes no
 * files) and what became of the mail.
 */
public record GeneratedReport(long id, ReportData data, Path pdf, MailOutcome mail) {}
