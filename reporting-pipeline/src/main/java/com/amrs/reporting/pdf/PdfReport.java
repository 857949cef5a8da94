package com.amrs.reporting.pdf;

import com.amrs.reporting.chart.Charts;
import com.amrs.reporting.data.ReportData;
import com.amrs.reporting.data.ReportFormat;
import java.io.ByteArrayOutputStream;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * Renders the report as an A4 PDF: key figures, the plants side by side (the report of every plant), OEE per machine, the charts as vector graphics, the OEE
 * losses, the stops per machine (MTBF, MTTR), the downtime by reason, completeness and the validation
 * findings, under a branded band with page numbers, in an embedded font.
 */
@Component
public class PdfReport {

    public byte[] render(ReportData data, Charts charts) {
        var out = new ByteArrayOutputStream(512 * 1024);
        var fonts = new PdfFonts();
        var document = new Document(PageSize.A4, 40, 40, PageDecoration.BAND_HEIGHT + 24, 56);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageDecoration(fonts, data));
        writer.setFullCompression();
        writer.setStrictImageSequence(true);
        document.addTitle("Production report " + data.plantName() + " " + ReportFormat.period(data));
        document.addAuthor("AMRS reporting-pipeline");
        document.addCreator("AMRS reporting-pipeline");
        document.open();
        var report = new ReportDocument(document, writer, fonts);
        if (!data.machineFilter().everyMachine()) {
            report.notice("This report covers only "
                    + String.join(", ", data.machineFilter().machines()) + ".");
        }
        FigureSections.keyFigures(report, data);
        if (!data.plants().isEmpty()) {
            FigureSections.plants(report, data);
        }
        if (data.hasProduction()) {
            FigureSections.machines(report, data);
            report.chart(charts.productionByShift());
            report.chart(charts.downtimeTrend());
            report.chart(charts.downtimeByMachine());
        } else {
            report.notice(
                    "No production data was recorded from " + data.window().from() + " to "
                            + data.window().to() + ", so there are no machine figures or charts for this period.");
        }
        OeeLossesSection.write(report, data, charts.oeeLosses());
        StopsPerMachineSection.write(report, data);
        DowntimeSection.write(report, data, charts.downtimeByReason());
        CompletenessSection.write(report, data);
        FindingsSection.write(report, data);
        document.close();
        return out.toByteArray();
    }
}
