package com.amrs.api.bench;

import com.amrs.api.support.ApiServerProcess;
import java.time.Duration;

/** CPU of the server's JVM and of this one (the clients) since construction, in cores. */
final class CpuMeter {

    private final ApiServerProcess server;
    private final long started = System.nanoTime();
    private final Duration serverStarted;
    private final Duration clientsStarted;

    CpuMeter(ApiServerProcess server) {
        this.server = server;
        this.serverStarted = server.cpu();
        this.clientsStarted = ownCpu();
    }

    private static Duration ownCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    @Override
    public String toString() {
        double wall = (System.nanoTime() - started) / 1e9;
        return "CPU of the server %.2f cores, of the clients' JVM %.2f cores"
                .formatted(
                        server.cpu().minus(serverStarted).toMillis() / 1000.0 / wall,
                        ownCpu().minus(clientsStarted).toMillis() / 1000.0 / wall);
    }
}
