package com.amrs.api.bench;

import com.amrs.testsupport.ChildProcess;
import com.amrs.testsupport.FreePorts;
import com.amrs.testsupport.JavaCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    private final ChildProcess process;
    private final int port;

    private SimulatorProcess(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    static SimulatorProcess start(int machines, int tickMs, Path log) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(
                    JAR + " is missing: build it with ./mvnw -pl plc-simulator -am package -DskipTests"
                            + " (bench/api-server.sh plcs does)");
        }
        int port = FreePorts.next();
        Map<String, String> environment = new HashMap<>();
        environment.put("SIM_MACHINES", Integer.toString(machines));
        environment.put("SIM_TICK_MS", Integer.toString(tickMs));
        environment.put("OPCUA_PORT", Integer.toString(port));
        // no plant file (config/amrs.yml), no secured mode: the defaults of DESIGN.md §3
        environment.put("AMRS_CONFIG", log.resolveSibling("no-plant-file.yml").toString());
        List.of("OPCUA_USERNAME", "OPCUA_PASSWORD", "SIM_SEED", "OPCUA_HOSTNAMES", "JAVA_TOOL_OPTIONS")
                .forEach(variable -> environment.put(variable, null));
        var process = new ChildProcess(
                "plc-simulator:" + port,
                JavaCommand.jar(JAR, "-Xmx256m", "-XX:+ExitOnOutOfMemoryError"),
                environment,
                Path.of("."),
                log);
        return new SimulatorProcess(process.start(), port);
    }

    String url() {
        return "opc.tcp://127.0.0.1:" + port + "/freeopcua/server/";
    }

    long pid() {
        return process.handle().pid();
    }

    /** True once the OPC-UA server listens (its start-up log line); fails if the process died. */
    boolean listening() {
        if (!process.alive()) {
            throw new IllegalStateException("the simulator on port " + port + " exited; see " + process.logFile());
        }
        return process.output().contains("OPC-UA server listening");
    }

    Duration cpu() {
        return process.handle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(15));
    }
}
