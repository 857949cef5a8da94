package com.amrs.reporting.report;

import com.amrs.reporting.data.ReportData;
import com.amrs.reporting.mail.MailOutcome;
import java.nio.file.Path;

/** A finished report: its row in {@code reports}, the dated PDF and what became of the mail. */
public record GeneratedReport(long id, ReportData data, Path pdf, MailOutcome mail) {}
