package com.amrs.api.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** {@link MinimalBroadcaster} in a JVM of its own with the api-server's heap limit, fed by its {@code /ws}. */
final class MinimalBroadcasterProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private MinimalBroadcasterProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static MinimalBroadcasterProcess start(int apiServerPort, Path log) throws IOException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process process = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                        MinimalBroadcaster.class.getName(),
                        Integer.toString(port),
                        "ws://localhost:" + apiServerPort + "/ws")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new MinimalBroadcasterProcess(process, port, log);
    }

    int port() {
        return port;
    }

    boolean ready() {
        try {
            return process.isAlive() && Files.readString(log).contains("READY");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Duration cpu() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
