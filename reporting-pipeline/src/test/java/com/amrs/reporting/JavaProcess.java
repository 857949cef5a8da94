package com.amrs.reporting;

import com.amrs.testsupport.ChildProcess;
import com.amrs.testsupport.JavaCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Runs {@link ReportingPipelineApplication#main} in a JVM of its own, as {@code java -jar} would. */
public record JavaProcess(int exitCode, String output, Duration took) {

    public static JavaProcess run(Map<String, String> environment, String... args) throws IOException {
        List<String> command = JavaCommand.mainClass(
                System.getProperty("java.class.path"),
                ReportingPipelineApplication.class.getName(),
                List.of("-Xmx512m"),
                args);
        Path output = Files.createTempFile("reporting-pipeline", ".out");
        try {
            var process = new ChildProcess("reporting-pipeline", command, environment, Path.of("."), output);
            long started = System.nanoTime();
            int exitCode = process.start().awaitExit(Duration.ofSeconds(90));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            return new JavaProcess(exitCode, process.output(), took);
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
