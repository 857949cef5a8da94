package com.amrs.reporting.report;

import com.amrs.core.shift.ProductionWindow;
import com.amrs.reporting.config.ReportingProperties;
import com.amrs.reporting.data.ReportData;
import com.amrs.reporting.data.ReportQueries;
import com.amrs.reporting.mail.Letter;
import com.amrs.reporting.mail.MailOutbox;
import com.amrs.reporting.mail.MailOutcome;
import com.amrs.reporting.mail.ReportMailer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Makes one report of a request: reads the data (of every machine or the ones asked for), renders PDF,
 * workbook and charts, writes the files (for the schedule, the start-up and {@code --once}), stores the report
 * with its mail in {@code reports} and only then tries the mail, so that a mail failure never loses a report:
 * the {@link MailOutbox} tries it again.
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
    private final MailOutbox outbox;

    ReportGenerator(
            ReportingProperties properties,
            Clock clock,
            ReportQueries queries,
            ReportRenderer renderer,
            ReportFiles files,
            ReportRepository repository,
            ReportMailer mailer,
            MailOutbox outbox) {
        this.properties = properties;
        this.clock = clock;
        this.queries = queries;
        this.renderer = renderer;
        this.files = files;
        this.repository = repository;
        this.mailer = mailer;
        this.outbox = outbox;
    }

    /** The last {@code amrs.report.days} production dates of every machine, files written: {@code --once}. */
    public GeneratedReport generate() {
        return generate(ReportRequest.of(ReportKind.ON_DEMAND, lastDays()));
    }

    /** The window of a report made now: the last {@code amrs.report.days} production dates. */
    ProductionWindow lastDays() {
        return lastDays(clock.instant());
    }

    /** The window of a report of that moment (a cron slot): the last {@code amrs.report.days} production dates. */
    ProductionWindow lastDays(Instant at) {
        // today is the production date of the shift running then, as in the api-server
        return ProductionWindow.lastDays(
                properties.report().days(),
                Clock.fixed(at, ZoneOffset.UTC),
                properties.plant().calendar());
    }

    /** Synchronized: the start-up report and a scheduled one must not write the same files at once. */
    public synchronized GeneratedReport generate(ReportRequest request) {
        long started = System.nanoTime();
        ReportData data = load(request);
        RenderedReport rendered = renderer.render(data);
        String fileName = fileName(request, data);
        Path datedPdf = request.files() ? files.write(data.reportDate(), rendered) : null;
        List<String> to = request.mailTo() == null ? mailer.receivers() : request.mailTo();
        long id = repository.insert(
                request, data, fileName, rendered, Letter.of(data, fileName, rendered.pdf(), to, null));
        if (rendered.pdf().length > properties.report().mail().maxAttachment().toBytes()) {
            URI link = properties.report().publicUrl().resolve("/api/reports/" + id + "/pdf");
            repository.updateLetter(id, Letter.of(data, fileName, rendered.pdf(), to, link));
        }
        // ./amrs reads "Report N of … written to DIR: …" (the start-up report, and the path of ./amrs report)
        log.info(
                "Report {} of {} ({}, {}) {}: {} units, {} machines, {} KB PDF, in {} ms",
                id,
                request.window(),
                request.kind().code(),
                request.machines(),
                datedPdf == null
                        ? "stored"
                        : "written to " + datedPdf.toAbsolutePath().getParent(),
                data.kpis().totalUnits(),
                data.kpis().machineCount(),
                rendered.pdf().length / 1024,
                (System.nanoTime() - started) / 1_000_000);
        MailOutcome mail = outbox.deliver(id).orElseGet(MailOutcome::skipped);
        return new GeneratedReport(id, data, datedPdf, mail);
    }

    /**
     * At a central site (DESIGN.md §19) a report of one plant, named by the plant's id, or without a plant the report
     * of every plant; elsewhere the plant's report.
     */
    private ReportData load(ReportRequest request) {
        if (properties.central() && request.machines().plant().isEmpty()) {
            return queries.loadAllPlants(request.window(), clock.instant());
        }
        String plantName = request.machines().plant().orElse(properties.plant().name());
        return queries.load(plantName, request.window(), request.machines(), clock.instant());
    }

    /** {@code Report_<date>.pdf} as the files are named; a report on demand also names its first date. */
    private static String fileName(ReportRequest request, ReportData data) {
        return request.files()
                        || request.window().from().equals(request.window().to())
                ? "Report_" + data.reportDate() + ".pdf"
                : "Report_" + request.window().from() + "_" + request.window().to() + ".pdf";
    }
}
