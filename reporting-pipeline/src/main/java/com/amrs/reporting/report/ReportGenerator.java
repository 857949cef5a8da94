package com.amrs.reporting.report;

import com.amrs.core.shift.ProductionWindow;
import com.amrs.reporting.config.ReportingProperties;
import com.amrs.reporting.data.ReportData;
import com.amrs.reporting.data.ReportQueries;
import com.amrs.reporting.mail.MailOutcome;
import com.amrs.reporting.mail.MailStatus;
import com.amrs.reporting.mail.ReportMailer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Makes one report of the last {@code amrs.report.days} production dates: reads the data, renders
 * PDF, workbook and charts, writes the files, stores the PDF in {@code reports} and only then mails
 * it, so that a mail failure never loses a report.
 */
@Service
public class ReportGenerator {

    private static final Logger log = LoggerFactory.getLogger(ReportGenerator.class);

    private final ReportingProperties properties;
    private final Clock clock;
    private final ReportQueries queries;
    private final ReportRenderer renderer;
    private final ReportFiles files;
    private final ReportRepository repository;
    private final ReportMailer mailer;

    ReportGenerator(
            ReportingProperties properties,
            Clock clock,
            ReportQueries queries,
            ReportRenderer renderer,
            ReportFiles files,
            ReportRepository repository,
            ReportMailer mailer) {
        this.properties = properties;
        this.clock = clock;
        this.queries = queries;
        this.renderer = renderer;
        this.files = files;
        this.repository = repository;
        this.mailer = mailer;
    }

    /** Synchronized: the start-up report and a cron run must not write the same files at once. */
    public synchronized GeneratedReport generate() {
        long started = System.nanoTime();
        Instant now = clock.instant();
        // today is the production date of the shift running now, as in the api-server
        var window = ProductionWindow.lastDays(
                properties.report().days(), clock, properties.plant().calendar());
        ReportData data = queries.load(properties.plant().name(), window, now);
        RenderedReport rendered = renderer.render(data);
        Path datedPdf = files.write(data.reportDate(), rendered);
        byte[] pdf = rendered.pdf();
        String fileName = datedPdf.getFileName().toString();
        long id = repository.insert(data, fileName, pdf, mailer.enabled() ? MailStatus.PENDING : MailStatus.SKIPPED);
        log.info(
                "Report {} of {} written to {}: {} units, {} machines, {} KB PDF, in {} ms",
                id,
                window,
                datedPdf.toAbsolutePath().getParent(),
                data.kpis().totalUnits(),
                data.kpis().machineCount(),
                pdf.length / 1024,
                (System.nanoTime() - started) / 1_000_000);
        MailOutcome mail = mailer.send(data, fileName, pdf);
        if (mailer.enabled()) {
            repository.updateMail(id, mail);
        }
        return new GeneratedReport(id, data, datedPdf, mail);
    }
}
