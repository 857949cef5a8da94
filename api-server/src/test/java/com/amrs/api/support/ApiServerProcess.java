package com.amrs.api.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The api-server in a JVM of its own with a heap limit, started from the module's classes and
 * runtime dependencies (the test classpath without the test classes), as {@code java -jar} would.
 */
public final class ApiServerProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    private ApiServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static ApiServerProcess start(List<String> jvmOptions, Map<String, String> properties, Path log)
            throws IOException {
        int port = freePort();
        String classpath = Arrays.stream(
                        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                                .split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath, "com.amrs.api.ApiServerApplication", "--server.port=" + port));
        command.add("--amrs.security.anonymous-read=true");
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new ApiServerProcess(process, port);
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean healthy() {
        try {
            return process.isAlive() && get("/actuator/health").contains("\"UP\"");
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Heap in use now (all pools), from the server's Prometheus metrics. */
    public long heapUsedBytes() {
        return get("/actuator/prometheus")
                .lines()
                .filter(line -> line.startsWith("jvm_memory_used_bytes{area=\"heap\""))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** The server's metrics as {@code /actuator/prometheus} shows them now (text format). */
    public String prometheus() {
        return get("/actuator/prometheus");
    }

    /** Heap in use right after a full GC (requested with jcmd): what the server really holds. */
    public long heapAfterFullGcBytes() throws IOException, InterruptedException {
        Path jcmd =
                Path.of(ProcessHandle.current().info().command().orElseThrow()).resolveSibling("jcmd");
        new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "GC.run")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start()
                .waitFor();
        return heapUsedBytes();
    }

    public Duration cpu() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** The body of a GET on this server. */
    public String get(String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(5))
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A POST of JSON with the API key, as a script sends it; the whole response. */
    public HttpResponse<String> post(String path, String json, String apiKey) {
        return send("POST", path, json, apiKey);
    }

    /** A request of JSON with the API key ({@code POST}, {@code PUT}, …); the whole response. */
    public HttpResponse<String> send(String method, String path, String json, String apiKey) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/json")
                    .header("X-API-Key", apiKey)
                    .method(method, HttpRequest.BodyPublishers.ofString(json))
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** SIGKILL, as a power cut or the OOM killer would: no shutdown hook, no last write. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
