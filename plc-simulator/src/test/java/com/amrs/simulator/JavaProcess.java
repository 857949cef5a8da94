package com.amrs.simulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@link PlcSimulatorApplication#main} in a JVM of its own, as {@code java -jar} would. */
public record JavaProcess(int exitCode, String output) {

    public static JavaProcess runUnchecked(Map<String, String> environment, String... args) {
        try {
            return run(environment, args);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JavaProcess run(Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                PlcSimulatorApplication.class.getName()));
        command.addAll(List.of(args));
        Path output = Files.createTempFile("plc-simulator", ".out");
        try {
            var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("still running after 30 s: " + Files.readString(output));
            }
            return new JavaProcess(process.exitValue(), Files.readString(output));
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
