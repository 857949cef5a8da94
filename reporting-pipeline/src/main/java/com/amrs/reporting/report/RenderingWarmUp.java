package com.amrs.reporting.report;

import com.amrs.core.kpi.Kpis;
import com.amrs.core.shift.ProductionWindow;
import com.amrs.reporting.chart.ReportCharts;
import com.amrs.reporting.data.PreviousPeriod;
import com.amrs.reporting.data.ReportData;
import com.amrs.reporting.excel.ExcelReport;
import com.amrs.reporting.pdf.PdfReport;
import com.amrs.store.MachineFilter;
import com.amrs.store.completeness.WindowCompleteness;
import com.amrs.store.downtime.Pareto;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.context.ApplicationListener;

/**
 * Renders an empty report in memory on a background thread while Spring starts. Loading and
 * initialising POI, OpenPDF, JFreeChart and Java2D costs a fresh JVM seconds of CPU; done on the
 * otherwise idle second core, it no longer delays the first report ({@code --once}).
 */
class RenderingWarmUp implements ApplicationListener<ApplicationStartingEvent> {

    private static final Logger log = LoggerFactory.getLogger(RenderingWarmUp.class);

    @Override
    public void onApplicationEvent(ApplicationStartingEvent event) {
        Thread.ofPlatform().name("rendering-warm-up").daemon().start(RenderingWarmUp::renderEmptyReport);
    }

    static void renderEmptyReport() {
        try {
            LocalDate today = LocalDate.of(2026, 1, 1);
            var data = new ReportData(
                    "warm-up",
                    ZoneOffset.UTC,
                    new ProductionWindow(today, today),
                    Instant.EPOCH,
                    Kpis.of(List.of()),
                    List.of(),
                    Map.of(),
                    Duration.ofMinutes(2),
                    List.of(),
                    List.of(),
                    List.of(),
                    WindowCompleteness.none(),
                    Pareto.none(),
                    List.of(),
                    MachineFilter.all(),
                    PreviousPeriod.none(new ProductionWindow(today, today)),
                    List.of());
            new ReportRenderer(new ReportCharts(), new PdfReport(), new ExcelReport()).render(data);
        } catch (RuntimeException | LinkageError e) {
            log.debug("Rendering warm-up failed; the first report will load the libraries itself", e);
        }
    }
}
