package com.amrs.reporting;

import com.amrs.reporting.report.OnceCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Renders the KPI report at start-up and then on the cron; with {@code --once} it renders one
 * report and exits with 0, or non-zero after logging the reason.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ReportingPipelineApplication {

    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(ReportingPipelineApplication.class, args);
        if (OnceCommand.requested(args)) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
