package com.amrs.reporting;

import com.amrs.reporting.report.OnceCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
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
        if (OnceCommand.requested(args)) {
            // beside a running instance (docker exec … generate-report): no web server, so no port of its own
            ConfigurableApplicationContext context = new SpringApplicationBuilder(ReportingPipelineApplication.class)
                    .web(WebApplicationType.NONE)
                    .run(args);
            System.exit(SpringApplication.exit(context));
        }
        SpringApplication.run(ReportingPipelineApplication.class, args);
    }
}
