package com.amrs.reporting.pdf;

import com.amrs.reporting.data.ReportData;
import com.amrs.reporting.data.ReportFormat;
import com.amrs.reporting.data.RuleCount;
import com.amrs.reporting.data.ValidationFinding;

/** The period's validation findings: how often each rule fixed a value, and the latest fixes. */
final class FindingsSection {

    private static final float ROW_HEIGHT = 18;

    private FindingsSection() {}

    static void write(ReportDocument document, ReportData data) {
        PdfFonts fonts = document.fonts();
        document.heading("Validation findings", (data.findingsByRule().size() + 3) * ROW_HEIGHT);
        if (data.findingCount() == 0) {
            document.paragraph("No values needed fixing in this period.", fonts.body());
            return;
        }
        document.paragraph(
                ReportFormat.units(data.findingCount()) + " values were fixed by validation in this period.",
                fonts.body());
        Tables byRule = Tables.of(fonts, new float[] {4, 1}, "Rule", "Count");
        for (RuleCount rule : data.findingsByRule()) {
            byRule.row(rule.rule(), ReportFormat.units(rule.count()));
        }
        document.add(byRule.table());
        document.keepSpace((data.latestFindings().size() + 3) * ROW_HEIGHT);
        document.paragraph("Latest findings", fonts.strong());
        Tables latest = Tables.text(
                fonts,
                new float[] {2.2f, 1.9f, 2.0f, 0.9f, 0.9f, 3.0f},
                "Time (" + data.zone().getId() + ")",
                "Machine",
                "Field",
                "Old",
                "New",
                "Rule");
        for (ValidationFinding finding : data.latestFindings()) {
            latest.textRow(
                    ReportFormat.localTime(finding.occurredAt(), data.zone()),
                    finding.machineId(),
                    finding.field(),
                    finding.oldValue(),
                    finding.newValue(),
                    finding.rule());
        }
        document.add(latest.table());
    }
}
