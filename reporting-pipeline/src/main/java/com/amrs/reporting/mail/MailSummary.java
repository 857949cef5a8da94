package com.amrs.reporting.mail;

import com.amrs.core.kpi.Kpis;
import com.amrs.reporting.data.ReportData;
import com.amrs.reporting.data.ReportFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** The mail's text: the key figures as plain text and as a small HTML table. */
record MailSummary(String subject, String plain, String html) {

    static MailSummary of(ReportData data, String attachmentName) {
        Map<String, String> figures = figures(data);
        String period = ReportFormat.period(data);
        var plain = new StringBuilder("Production report of " + data.plantName() + ", " + period + "\n\n");
        figures.forEach((label, value) -> plain.append("%-18s %s%n".formatted(label + ":", value)));
        plain.append("\nThe full report is attached (").append(attachmentName).append(").\n");
        var rows = new StringBuilder();
        figures.forEach((label, value) -> rows.append("<tr><td style=\"padding:4px 16px 4px 0;color:#5b677a\">")
                .append(htmlEscape(label))
                .append("</td><td style=\"padding:4px 0;font-weight:bold;text-align:right\">")
                .append(htmlEscape(value))
                .append("</td></tr>"));
        String html = """
                <html><body style="font-family:Arial,Helvetica,sans-serif;color:#1e293b">
                <div style="background:#0b2545;color:#fff;padding:12px 16px"><b>%s</b><br>Production report, %s</div>
                <table style="margin:12px 16px;border-collapse:collapse">%s</table>
                <p style="margin:0 16px;color:#5b677a">The full report is attached (%s).</p>
                </body></html>
                """.formatted(htmlEscape(data.plantName()), htmlEscape(period), rows, htmlEscape(attachmentName));
        String subject = "AMRS production report " + data.plantName() + " " + data.reportDate();
        return new MailSummary(subject, plain.toString(), html);
    }

    private static String htmlEscape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static Map<String, String> figures(ReportData data) {
        Kpis kpis = data.kpis();
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("Total Units", ReportFormat.units(kpis.totalUnits()));
        figures.put("Total Defects", ReportFormat.units(kpis.totalDefects()));
        figures.put("Yield", ReportFormat.percentage(kpis.yieldPercentage()));
        figures.put("Average Downtime", ReportFormat.minutes(kpis.avgDowntime()) + " min");
        figures.put("OEE", ReportFormat.fraction(data.plantLosses().oee()));
        figures.put("Machines", String.valueOf(kpis.machineCount()));
        return figures;
    }
}
