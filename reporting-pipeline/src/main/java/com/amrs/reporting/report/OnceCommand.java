package com.amrs.reporting.report;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/** {@code --once}: one report, then the application exits with {@link #getExitCode()}. */
@Component
public class OnceCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String OPTION = "once";

    private final ReportJob job;
    private int exitCode = ReportJob.OK;

    OnceCommand(ReportJob job) {
        this.job = job;
    }

    public static boolean requested(String... args) {
        return List.of(args).contains("--" + OPTION);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption(OPTION)) {
            exitCode = job.run();
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
