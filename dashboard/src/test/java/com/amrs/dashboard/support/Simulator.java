package com.amrs.dashboard.support;

import com.amrs.testsupport.ChildProcess;
import com.amrs.testsupport.FreePorts;
import com.amrs.testsupport.JavaCommand;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The real PLC simulator (plc-simulator.jar) on a free port, ticking every 200 ms. */
public final class Simulator {

    private final ChildProcess process;
    private final int port;

    private Simulator(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    public static Simulator start(Locations locations, Path workDir) {
        int port = FreePorts.next();
        var process = new ChildProcess(
                "plc-simulator",
                Java.command(locations.simulatorJar()),
                Map.of(
                        "OPCUA_PORT", String.valueOf(port),
                        "SIM_TICK_MS", "200",
                        "SIM_MACHINES", String.valueOf(PlantDatabase.MACHINES.size()),
                        "SIM_SEED", "42",
                        "AMRS_CONFIG",
                                locations
                                        .repositoryRoot()
                                        .resolve("config/amrs.yml")
                                        .toString()),
                workDir,
                workDir.resolve("logs/plc-simulator.log"));
        process.start();
        process.awaitReady(Duration.ofSeconds(90), () -> FreePorts.listening(port));
        return new Simulator(process, port);
    }

    public String endpointUrl() {
        return "opc.tcp://localhost:" + port + "/freeopcua/server/";
    }

    public void stop() {
        process.stop(Duration.ofSeconds(20));
    }

    /** How the tests start a service jar: small heap, quick start, on the test JVM's own java. */
    static final class Java {

        private Java() {}

        static List<String> command(Path jar) {
            return JavaCommand.jar(jar, "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
        }
    }
}
