package com.amrs.reporting.mail;

import com.amrs.core.kpi.Kpis;
import com.amrs.reporting.data.PreviousPeriod;
import com.amrs.reporting.data.ReportData;
import com.amrs.reporting.data.ReportFormat;
import java.math.BigDecimal;
import java.math.MathContext;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The mail's text: the key figures as plain text and as a small HTML table. */
record MailSummary(String subject, String plain, String html) {

    /** @param link where the PDF is when it is too large to attach; null when it is attached */
    static MailSummary of(ReportData data, String fileName, URI link) {
        Map<String, String> figures = figures(data);
        List<String> reasons = topReasons(data);
        String change = change(data);
        String period = ReportFormat.period(data);
        String machines = data.machineFilter().everyMachine()
                ? ""
                : "Machines: " + String.join(", ", data.machineFilter().machines());
        String where = link == null
                ? "The full report is attached (" + fileName + ")."
                : "The full report (" + fileName + ") is too large to attach: " + link;
        var plain = new StringBuilder("Production report of " + data.plantName() + ", " + period + "\n");
        if (!machines.isEmpty()) {
            plain.append(machines).append('\n');
        }
        plain.append('\n');
        figures.forEach((label, value) -> plain.append("%-18s %s%n".formatted(label + ":", value)));
        if (!change.isEmpty()) {
            plain.append('\n').append(change).append('\n');
        }
        if (!reasons.isEmpty()) {
            plain.append("\nTop downtime reasons:\n");
            reasons.forEach(reason -> plain.append("  ").append(reason).append('\n'));
        }
        plain.append('\n').append(where).append('\n');
        var rows = new StringBuilder();
        figures.forEach((label, value) -> rows.append("<tr><td style=\"padding:4px 16px 4px 0;color:#5b677a\">")
                .append(htmlEscape(label))
                .append("</td><td style=\"padding:4px 0;font-weight:bold;text-align:right\">")
                .append(htmlEscape(value))
                .append("</td></tr>"));
        var reasonItems = new StringBuilder();
        reasons.forEach(
                reason -> reasonItems.append("<li>").append(htmlEscape(reason)).append("</li>"));
        String html = """
                <html><body style="font-family:Arial,Helvetica,sans-serif;color:#1e293b;max-width:600px">
                <div style="background:#0b2545;color:#fff;padding:12px 16px"><b>%s</b><br>Production report, %s%s</div>
                <table style="margin:12px 16px;border-collapse:collapse">%s</table>
                %s%s
                <p style="margin:0 16px;color:#5b677a">%s</p>
                </body></html>
                """.formatted(
                        htmlEscape(data.plantName()),
                        htmlEscape(period),
                        machines.isEmpty() ? "" : "<br>" + htmlEscape(machines),
                        rows,
                        change.isEmpty() ? "" : "<p style=\"margin:0 16px 12px\">" + htmlEscape(change) + "</p>",
                        reasons.isEmpty()
                                ? ""
                                : "<p style=\"margin:0 16px\"><b>Top downtime reasons</b></p><ol style=\"margin:4px 16px 12px\">"
                                        + reasonItems + "</ol>",
                        link == null
                                ? htmlEscape(where)
                                : "The full report (" + htmlEscape(fileName) + ") is too large to attach: <a href=\""
                                        + htmlEscape(link.toString()) + "\">download it</a>.");
        String subject = "AMRS production report " + data.plantName() + " " + data.reportDate();
        return new MailSummary(subject, plain.toString(), html);
    }

    /**
     * The change against the period as long as this one just before it: "Against 2026-01-13 – 2026-01-19:
     * units +3.2 %, yield +0.30 pt, OEE −1.20 pt"; empty when nothing was made then.
     */
    private static String change(ReportData data) {
        PreviousPeriod before = data.previous();
        if (!before.hasProduction()) {
            return "";
        }
        BigDecimal was = new BigDecimal(before.kpis().totalUnits());
        double units = new BigDecimal(data.kpis().totalUnits())
                .subtract(was)
                .multiply(BigDecimal.valueOf(100))
                .divide(was, MathContext.DECIMAL64)
                .doubleValue();
        double yield = data.kpis().yieldPercentage() - before.kpis().yieldPercentage();
        double oee = (data.plantLosses().oee() - before.losses().oee()) * 100;
        return "Against %s – %s: units %s %%, yield %s pt, OEE %s pt"
                .formatted(
                        before.window().from(),
                        before.window().to(),
                        signed(units, 1),
                        signed(yield, 2),
                        signed(oee, 2));
    }

    private static String signed(double value, int decimals) {
        String text = String.format(Locale.ROOT, "%+." + decimals + "f", value);
        return text.startsWith("-") ? "\u2212" + text.substring(1) : text;
    }

    /** The three reasons with the most unplanned minutes: "Jam: 42.5 min (12 stops)". */
    private static List<String> topReasons(ReportData data) {
        return data.downtime().reasons().stream()
                .filter(reason -> !reason.planned())
                .limit(3)
                .map(reason -> "%s: %s min (%d stops)"
                        .formatted(reason.reason(), ReportFormat.minutes(reason.minutes()), reason.stops()))
                .toList();
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
        Double complete = data.completeness().plant().percent();
        figures.put("Completeness", complete == null ? "n/a" : ReportFormat.percentage(complete));
        figures.put("Machines", String.valueOf(kpis.machineCount()));
        return figures;
    }
}
