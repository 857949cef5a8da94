package com.amrs.reporting.report;

import com.amrs.reporting.chart.ChartImages;
import com.amrs.reporting.chart.Charts;
import com.amrs.reporting.chart.ReportCharts;
import com.amrs.reporting.data.ReportData;
import com.amrs.reporting.excel.ExcelReport;
import com.amrs.reporting.pdf.PdfReport;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.stereotype.Component;

/**
 * Renders PDF, workbook and chart images at the same time, each on a thread of its own; the
 * charts are built twice because a JFreeChart must not be drawn by two threads at once.
 */
@Component
class ReportRenderer {

    private final ReportCharts charts;
    private final PdfReport pdfReport;
    private final ExcelReport excelReport;

    ReportRenderer(ReportCharts charts, PdfReport pdfReport, ExcelReport excelReport) {
        this.charts = charts;
        this.pdfReport = pdfReport;
        this.excelReport = excelReport;
    }

    RenderedReport render(ReportData data) {
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<byte[]> xlsx = executor.submit(() -> excelReport.render(data));
            Future<byte[][]> images = executor.submit(() -> images(charts.create(data)));
            byte[] pdf = pdfReport.render(data, charts.create(data));
            byte[][] png = images.get();
            return new RenderedReport(pdf, xlsx.get(), png[0], png[1], png[2]);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering the report", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime
                    ? runtime
                    : new IllegalStateException("cannot render the report", e.getCause());
        }
    }

    private static byte[][] images(Charts charts) {
        return new byte[][] {
            ChartImages.png(charts.productionByShift()),
            ChartImages.png(charts.downtimeTrend()),
            ChartImages.png(charts.downtimeByMachine())
        };
    }
}
