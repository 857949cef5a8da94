package com.amrs.reporting.report;

import com.amrs.reporting.config.ReportingProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/** Without {@code --once}: a report at start-up, then one on {@code amrs.report.cron} in plant time. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReportSchedule implements SchedulingConfigurer, ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReportSchedule.class);

    private final ReportingProperties properties;
    private final ReportJob job;
    private final boolean once;

    ReportSchedule(ReportingProperties properties, ReportJob job, ApplicationArguments arguments) {
        this.properties = properties;
        this.job = job;
        this.once = arguments.containsOption(OnceCommand.OPTION);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (once) {
            return;
        }
        var trigger =
                new CronTrigger(properties.report().cron(), properties.plant().timezone());
        registrar.addCronTask(new CronTask(job::run, trigger));
        log.info(
                "Reports of the last {} days on \"{}\" ({}), files in {}",
                properties.report().days(),
                properties.report().cron(),
                properties.plant().timezone(),
                properties.report().dir().toAbsolutePath());
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!once) {
            job.run();
        }
    }
}
