package com.amrs.reporting.pdf;

import com.amrs.core.completeness.Completeness;
import com.amrs.core.completeness.Gap;
import com.amrs.reporting.data.ReportData;
import com.amrs.reporting.data.ReportFormat;
import java.util.Comparator;
import java.util.List;

/**
 * How much of the period the records cover (DESIGN.md §13): a line per machine and for the plant, and
 * the longest gaps, the rest counted.
 */
final class CompletenessSection {

    static final int TOP_GAPS = 10;
    private static final float ROW_HEIGHT = 18;

    private CompletenessSection() {}

    /** The plant's line, e.g. "95.00 %" and "228.00 of 240.00 min covered, 1 gap". */
    static String value(Completeness completeness) {
        return completeness.percent() == null ? "–" : ReportFormat.percentage(completeness.percent());
    }

    static String note(Completeness completeness) {
        if (completeness.percent() == null) {
            return "no production time expected: no machine seen yet";
        }
        int gaps = completeness.gaps().size();
        return ReportFormat.minutes(completeness.coveredMin()) + " of "
                + ReportFormat.minutes(completeness.expectedMin()) + " min covered by records, " + gaps
                + (gaps == 1 ? " gap" : " gaps") + " of a minute or more";
    }

    static void write(ReportDocument document, ReportData data) {
        var completeness = data.completeness();
        if (completeness.machines().isEmpty()) {
            return;
        }
        PdfFonts fonts = document.fonts();
        document.heading("Completeness", (completeness.machines().size() + 4) * ROW_HEIGHT);
        document.paragraph(
                "The share of each machine's production time since it was first seen that its records cover.",
                fonts.body());
        Tables table = Tables.of(
                fonts,
                new float[] {2.4f, 1.6f, 1.9f, 1.9f, 1.2f},
                "Machine",
                "Covered",
                "Covered (min)",
                "Expected (min)",
                "Gaps");
        completeness.machines().keySet().stream()
                .sorted()
                .forEach(machine -> table.row(row(machine, completeness.machine(machine))));
        table.boldRow(row("All machines", completeness.plant()));
        document.add(table.table());
        gaps(document, data, completeness.plant().gaps());
    }

    private static String[] row(String name, Completeness completeness) {
        return new String[] {
            name,
            value(completeness),
            ReportFormat.minutes(completeness.coveredMin()),
            ReportFormat.minutes(completeness.expectedMin()),
            ReportFormat.units(completeness.gaps().size())
        };
    }

    private static void gaps(ReportDocument document, ReportData data, List<Gap> gaps) {
        if (gaps.isEmpty()) {
            document.paragraph("No gaps of a minute or more.", document.fonts().body());
            return;
        }
        List<Gap> longest = gaps.stream()
                .sorted(Comparator.comparing((Gap gap) -> gap.span().length())
                        .reversed()
                        .thenComparing(Gap::from))
                .limit(TOP_GAPS)
                .toList();
        document.keepSpace((longest.size() + 3) * ROW_HEIGHT);
        document.paragraph(
                longest.size() == gaps.size() ? "Gaps" : "Longest gaps",
                document.fonts().strong());
        Tables table = Tables.text(
                document.fonts(),
                new float[] {2.0f, 2.2f, 2.2f, 1.3f, 2.0f},
                "Machine",
                "From (" + data.zone().getId() + ")",
                "To",
                "Minutes",
                "Reason");
        for (Gap gap : longest) {
            table.textRow(
                    gap.machineId(),
                    ReportFormat.localTime(gap.from(), data.zone()),
                    ReportFormat.localTime(gap.to(), data.zone()),
                    ReportFormat.minutes(gap.minutes()),
                    gap.reason().code());
        }
        document.add(table.table());
        if (gaps.size() > longest.size()) {
            document.paragraph(
                    "and " + (gaps.size() - longest.size()) + " more",
                    document.fonts().body());
        }
    }
}
