package com.amrs.reporting.report;

import com.amrs.core.shift.ProductionWindow;
import com.amrs.store.MachineFilter;
import java.util.List;

/**
 * What a report is to cover and who gets it.
 *
 * @param mailTo the receivers; null for the configured ones ({@code EMAIL_RECEIVER})
 * @param files whether the files under the reports directory are written too (the latest {@code Report.pdf}
 *     and its dated copies): for the schedule, the start-up and {@code --once}, not for reports on demand
 */
public record ReportRequest(
        ReportKind kind, ProductionWindow window, MachineFilter machines, List<String> mailTo, boolean files) {

    public ReportRequest {
        mailTo = mailTo == null ? null : List.copyOf(mailTo);
    }

    static ReportRequest of(ReportKind kind, ProductionWindow window) {
        return new ReportRequest(kind, window, MachineFilter.all(), null, true);
    }
}
