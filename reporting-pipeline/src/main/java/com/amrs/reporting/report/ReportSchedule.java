package com.amrs.reporting.report;

import com.amrs.reporting.config.ReportingProperties;
import com.amrs.reporting.mail.MailOutbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Without {@code --once} (DESIGN.md §9, §16): a start-up report, then the report of each slot of {@code
 * amrs.report.cron} in plant time, made once across instances and restarts (its job is the slot's, unique);
 * the queued reports made as soon as an instance is free, the mails sent and retried, old reports removed.
 * A slot missed while no instance ran is made at the next start, if it is less than a day old and the
 * schedule ran before.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReportSchedule implements SchedulingConfigurer, ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReportSchedule.class);
    private static final Duration MAIL_EVERY = Duration.ofSeconds(10);
    private static final Duration CATCH_UP = Duration.ofHours(24);

    private final ReportingProperties properties;
    private final ReportJobs jobs;
    private final JobWorker worker;
    private final MailOutbox outbox;
    private final ReportRetention retention;
    private final ReportGenerator generator;
    private final StartupReportHealth startupReport;
    private final Clock clock;
    private final CronSlots slots;
    private final boolean once;

    ReportSchedule(
            ReportingProperties properties,
            ReportJobs jobs,
            JobWorker worker,
            MailOutbox outbox,
            ReportRetention retention,
            ReportGenerator generator,
            StartupReportHealth startupReport,
            Clock clock,
            ApplicationArguments arguments) {
        this.properties = properties;
        this.jobs = jobs;
        this.worker = worker;
        this.outbox = outbox;
        this.retention = retention;
        this.generator = generator;
        this.startupReport = startupReport;
        this.clock = clock;
        this.slots =
                new CronSlots(properties.report().cron(), properties.plant().timezone());
        this.once = arguments.containsOption(OnceCommand.OPTION);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (once) {
            return;
        }
        var trigger =
                new CronTrigger(properties.report().cron(), properties.plant().timezone());
        registrar.addCronTask(new CronTask(this::slotDue, trigger));
        Duration poll = properties.report().jobPoll();
        registrar.addFixedDelayTask(new FixedDelayTask(worker::work, poll, poll));
        registrar.addFixedDelayTask(outbox::deliverDue, MAIL_EVERY);
        registrar.addCronTask(new CronTask(
                retention::removeOld,
                new CronTrigger("0 17 3 * * *", properties.plant().timezone())));
        log.info(
                "Reports of the last {} days on \"{}\" ({}), files in {}",
                properties.report().days(),
                properties.report().cron(),
                properties.plant().timezone(),
                properties.report().dir().toAbsolutePath());
    }

    /** The start-up report, and the last slot if no instance made it. */
    @Override
    public void run(ApplicationArguments args) {
        if (once) {
            return;
        }
        startupReport.queued(jobs.enqueueStartup(generator.lastDays()));
        Instant now = clock.instant();
        jobs.latestSlot()
                .ifPresent(queued -> slots.latest(now)
                        .filter(due -> due.isAfter(queued) && due.isAfter(now.minus(CATCH_UP)))
                        .ifPresent(missed -> {
                            if (jobs.enqueueSlot(missed, generator.lastDays(missed))) {
                                log.info("Report of the slot {} queued: no instance ran then", missed);
                            }
                        }));
        retention.removeOld();
    }

    /** The cron fired: the slot's report, unless another instance queued it first. */
    void slotDue() {
        slots.latest(clock.instant()).ifPresent(slot -> {
            if (jobs.enqueueSlot(slot, generator.lastDays(slot))) {
                log.info("Report of the slot {} queued", slot);
            } else {
                log.info("Report of the slot {} queued by another instance already", slot);
            }
        });
    }
}
