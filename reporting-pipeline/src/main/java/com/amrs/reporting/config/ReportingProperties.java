package com.amrs.reporting.config;

import com.amrs.config.plant.PlantProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The reporting pipeline's settings: the shared plant file's {@code amrs.plant} (the record every service binds) and
 * this service's {@code amrs.report}. A bad value stops start-up with a message naming its key.
 *
 * @param mode {@code amrs.mode} ({@code AMRS_MODE}, DESIGN.md §19): {@code plant}, {@code edge} or {@code central},
 *     where a report without a plant is the report of every plant
 */
@Validated
@ConfigurationProperties("amrs")
public record ReportingProperties(
        @DefaultValue @Valid PlantProperties plant,
        @DefaultValue @Valid Downtime downtime,
        @DefaultValue @Valid Report report,
        @DefaultValue("plant") String mode) {

    private static final List<String> MODES = List.of("plant", "edge", "central");

    public ReportingProperties {
        if (mode == null || !MODES.contains(mode.strip().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException(
                    "amrs.mode (environment variable AMRS_MODE) = \"" + mode + "\" must be plant, edge or central");
        }
        mode = mode.strip().toLowerCase(Locale.ROOT);
    }

    /** A central site: many plants in one database (DESIGN.md §19). */
    public boolean central() {
        return mode.equals("central");
    }

    /**
     * The shared plant file's {@code amrs.downtime} as far as the report needs it.
     *
     * @param microStop an unplanned stop shorter than this is a micro-stop: a performance loss, not an
     *     availability loss (DESIGN.md §14)
     */
    public record Downtime(@DefaultValue("2m") @NotNull Duration microStop) {

        public Downtime {
            if (microStop != null && (microStop.isNegative() || microStop.compareTo(Duration.ofHours(1)) > 0)) {
                throw new IllegalArgumentException(
                        "amrs.downtime.micro-stop must be between 0s and 1h, was " + microStop);
            }
        }
    }

    /**
     * @param days production dates per report, today included ({@code REPORT_DAYS})
     * @param cron when to report, a Spring cron expression in plant time ({@code REPORT_CRON})
     * @param dir where the files go ({@code REPORTS_DIR})
     * @param retentionDays reports older than this are removed ({@code REPORT_RETENTION_DAYS})
     * @param publicUrl where users reach the dashboard ({@code AMRS_PUBLIC_URL}): a mail links a PDF too large
     *     to attach there
     * @param jobPoll how often an idle instance looks for a queued report job
     * @param jobLease how long a job stays with the instance that took it before another may take it again
     */
    public record Report(
            @DefaultValue("7") @Min(1) @Max(366) int days,
            @DefaultValue("0 0 8 * * *") @NotBlank String cron,
            @DefaultValue("reports") @NotNull Path dir,
            @DefaultValue("400") @Min(1) @Max(36600) int retentionDays,
            @DefaultValue("http://localhost:8080") @NotNull URI publicUrl,
            @DefaultValue("500ms") @NotNull Duration jobPoll,
            @DefaultValue("10m") @NotNull Duration jobLease,
            @DefaultValue @Valid Mail mail) {

        public Report {
            if (cron != null && !cron.isBlank() && !CronExpression.isValidExpression(cron)) {
                throw new IllegalArgumentException("amrs.report.cron (environment variable REPORT_CRON) = \"" + cron
                        + "\" is not a cron expression: six fields, e.g. \"0 0 8 * * *\" for 08:00 every day");
            }
            if (publicUrl != null && !List.of("http", "https").contains(String.valueOf(publicUrl.getScheme()))) {
                throw new IllegalArgumentException("amrs.report.public-url (environment variable AMRS_PUBLIC_URL) = \""
                        + publicUrl + "\" must be an http(s) URL, e.g. https://amrs.plant.example.com");
            }
            requirePositive(jobPoll, "amrs.report.job-poll");
            requirePositive(jobLease, "amrs.report.job-lease");
        }
    }

    /**
     * @param host SMTP server ({@code SMTP_SERVER}); mail is skipped while it or the receivers are unset
     * @param port SMTP port ({@code SMTP_PORT})
     * @param starttls require STARTTLS ({@code SMTP_STARTTLS})
     * @param sender the From address and SMTP login ({@code EMAIL_SENDER}), {@value #DEFAULT_SENDER} when unset
     * @param password SMTP password ({@code EMAIL_PASSWORD}); no login while it is unset
     * @param receivers the To addresses ({@code EMAIL_RECEIVER}, comma separated)
     * @param attempts tries per message; transient failures are retried
     * @param backoff wait before the second try, multiplied by {@code multiplier} for each further one
     * @param timeout SMTP connect and read timeout
     * @param retryFor how long a mail that failed is tried again, with backoff, before it counts as failed
     * @param retryBackoff the wait before the first of those tries, doubled for each further one up to an hour
     * @param maxAttachment a PDF larger than this is linked ({@code public-url}), not attached
     */
    public record Mail(
            String host,
            @DefaultValue("587") @Min(1) @Max(65535) int port,
            @DefaultValue("true") boolean starttls,
            @Email String sender,
            String password,
            @DefaultValue List<@Email @NotBlank String> receivers,
            @DefaultValue("3") @Min(1) @Max(10) int attempts,
            @DefaultValue("5s") @NotNull Duration backoff,
            @DefaultValue("2") @DecimalMin("1.0") double multiplier,
            @DefaultValue("30s") @NotNull Duration timeout,
            @DefaultValue("24h") @NotNull Duration retryFor,
            @DefaultValue("1m") @NotNull Duration retryBackoff,
            @DefaultValue("10MB") @NotNull DataSize maxAttachment) {

        public static final String DEFAULT_SENDER = "amrs-reports@localhost";

        public Mail {
            requirePositive(backoff, "amrs.report.mail.backoff");
            requirePositive(timeout, "amrs.report.mail.timeout");
            requirePositive(retryFor, "amrs.report.mail.retry-for");
            requirePositive(retryBackoff, "amrs.report.mail.retry-backoff");
        }

        public String from() {
            return sender == null || sender.isBlank() ? DEFAULT_SENDER : sender;
        }

        /** Whether an SMTP server is set: reports on demand may name their own receivers. */
        public boolean server() {
            return host != null && !host.isBlank();
        }

        public boolean login() {
            return password != null && !password.isEmpty();
        }
    }

    private static void requirePositive(Duration duration, String key) {
        if (duration != null && (duration.isNegative() || duration.toMillis() < 1)) {
            throw new IllegalArgumentException(key + " = \"" + duration + "\" must be at least 1ms");
        }
    }
}
