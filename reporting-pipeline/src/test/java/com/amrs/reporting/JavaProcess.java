package com.amrs.reporting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@link ReportingPipelineApplication#main} in a JVM of its own, as {@code java -jar} would. */
public record JavaProcess(int exitCode, String output, Duration took) {

    public static JavaProcess run(Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                ReportingPipelineApplication.class.getName()));
        command.addAll(List.of(args));
        Path output = Files.createTempFile("reporting-pipeline", ".out");
        try {
            var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().putAll(environment);
            long started = System.nanoTime();
            Process process = builder.start();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("still running after 90 s: " + Files.readString(output));
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            return new JavaProcess(process.exitValue(), Files.readString(output), took);
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
