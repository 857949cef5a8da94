package com.amrs.api.support;

import com.amrs.testsupport.ChildProcess;
import com.amrs.testsupport.FreePorts;
import com.amrs.testsupport.JavaCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The api-server in a JVM of its own with a heap limit, started from the module's classes and
 * runtime dependencies (the test classpath without the test classes), as {@code java -jar} would.
 */
public final class ApiServerProcess implements AutoCloseable {

    private final ChildProcess process;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    private ApiServerProcess(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    public static ApiServerProcess start(List<String> jvmOptions, Map<String, String> properties, Path log) {
        int port = FreePorts.next();
        List<String> arguments = new ArrayList<>();
        arguments.add("--server.port=" + port);
        arguments.add("--amrs.security.anonymous-read=true");
        properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        List<String> command = JavaCommand.mainClass(
                JavaCommand.mainClasspath(),
                "com.amrs.api.ApiServerApplication",
                jvmOptions,
                arguments.toArray(String[]::new));
        var process = new ChildProcess("api-server", command, Map.of(), Path.of("."), log);
        return new ApiServerProcess(process.start(), port);
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.handle().pid();
    }

    public boolean healthy() {
        try {
            return process.alive() && get("/actuator/health").contains("\"UP\"");
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
        new ProcessBuilder(jcmd.toString(), Long.toString(pid()), "GC.run")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start()
                .waitFor();
        return heapUsedBytes();
    }

    public Duration cpu() {
        return process.handle().info().totalCpuDuration().orElse(Duration.ZERO);
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

    /** SIGKILL, as a power cut or the OOM killer would: no shutdown hook, no last write. */
    public void kill() {
        process.kill();
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(15));
    }
}
