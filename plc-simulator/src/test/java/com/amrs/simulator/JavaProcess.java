package com.amrs.simulator;

import com.amrs.testsupport.ChildProcess;
import com.amrs.testsupport.JavaCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Runs {@link PlcSimulatorApplication#main} in a JVM of its own, as {@code java -jar} would. */
public record JavaProcess(int exitCode, String output) {

    public static JavaProcess runUnchecked(Map<String, String> environment, String... args) {
        try {
            return run(environment, args);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JavaProcess run(Map<String, String> environment, String... args) throws IOException {
        List<String> command = JavaCommand.mainClass(
                System.getProperty("java.class.path"), PlcSimulatorApplication.class.getName(), List.of(), args);
        Path output = Files.createTempFile("plc-simulator", ".out");
        try {
            var process = new ChildProcess("plc-simulator", command, environment, Path.of("."), output);
            int exitCode = process.start().awaitExit(Duration.ofSeconds(30));
            return new JavaProcess(exitCode, process.output());
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
