package com.amrs.api.bench;

import com.amrs.testsupport.ChildProcess;
import com.amrs.testsupport.FreePorts;
import com.amrs.testsupport.JavaCommand;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** {@link MinimalBroadcaster} in a JVM of its own with the api-server's heap limit, fed by its {@code /ws}. */
final class MinimalBroadcasterProcess implements AutoCloseable {

    private final ChildProcess process;
    private final int port;

    private MinimalBroadcasterProcess(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    static MinimalBroadcasterProcess start(int apiServerPort, Path log) {
        int port = FreePorts.next();
        List<String> command = JavaCommand.mainClass(
                JavaCommand.testClasspath(),
                MinimalBroadcaster.class.getName(),
                List.of("-Xmx512m"),
                Integer.toString(port),
                "ws://localhost:" + apiServerPort + "/ws");
        var process = new ChildProcess("minimal-broadcaster", command, Map.of(), Path.of("."), log);
        return new MinimalBroadcasterProcess(process.start(), port);
    }

    int port() {
        return port;
    }

    boolean ready() {
        return process.alive() && process.output().contains("READY");
    }

    Duration cpu() {
        return process.handle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(15));
    }
}
