package com.amrs.api.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The PLC simulator as users run it: {@code plc-simulator.jar} in a JVM of its own ({@code -Xmx256m},
 * as in docker-compose.yml), configured by its environment variables, on a free port. Its CPU is not
 * the api-server's.
 */
final class SimulatorProcess implements AutoCloseable {

    /** The jar that {@code ./mvnw -pl plc-simulator -am package} builds, seen from the api-server module. */
    static final Path JAR = Path.of("..", "plc-simulator", "target", "plc-simulator.jar")
            .toAbsolutePath()
            .normalize();

    private final Process process;
    private final int port;
    private final Path log;

    private SimulatorProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static SimulatorProcess start(int machines, int tickMs, Path log) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(
                    JAR + " is missing: build it with ./mvnw -pl plc-simulator -am package -DskipTests"
                            + " (bench/api-server.sh plcs does)");
        }
        int port = freePort();
        var builder = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-Xmx256m",
                        "-XX:+ExitOnOutOfMemoryError",
                        "-jar",
                        JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("SIM_MACHINES", Integer.toString(machines));
        environment.put("SIM_TICK_MS", Integer.toString(tickMs));
        environment.put("OPCUA_PORT", Integer.toString(port));
        // no plant file (config/amrs.yml), no secured mode: the defaults of DESIGN.md §3
        environment.put("AMRS_CONFIG", log.resolveSibling("no-plant-file.yml").toString());
        List.of("OPCUA_USERNAME", "OPCUA_PASSWORD", "SIM_SEED", "OPCUA_HOSTNAMES", "JAVA_TOOL_OPTIONS")
                .forEach(environment::remove);
        return new SimulatorProcess(builder.start(), port, log);
    }

    String url() {
        return "opc.tcp://127.0.0.1:" + port + "/freeopcua/server/";
    }

    long pid() {
        return process.pid();
    }

    /** True once the OPC-UA server listens (its start-up log line); fails if the process died. */
    boolean listening() {
        if (!process.isAlive()) {
            throw new IllegalStateException("the simulator on port " + port + " exited; see " + log);
        }
        try {
            return Files.readString(log).contains("OPC-UA server listening");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Duration cpu() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
