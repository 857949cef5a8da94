package com.amrs.api.dashboard;

import com.amrs.api.support.RestIntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The REST tests' api-server with a dashboard folder of its own: the page on a second free port
 * ({@link #dashboardPort}), the API on {@link #port} as always. One Spring context for every
 * subclass.
 */
abstract class DashboardPortIntegrationTest extends RestIntegrationTest {

    static final Path FOLDER = Path.of("target", "test-dashboard").toAbsolutePath();
    static final String INDEX_HTML = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>AMRS test page</title></head><body></body></html>
            """;
    static final String BIG_CSS = ".kpi { color: #3fb950; margin: 0 auto; }\n".repeat(100);

    /** The page's files, and the build files that dashboard/ holds beside them. */
    private static final Map<String, String> FILES = Map.ofEntries(
            Map.entry("index.html", INDEX_HTML),
            Map.entry("favicon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
            Map.entry("config.json", "{\"plant_name\": \"Test plant\"}"),
            Map.entry("css/big.css", BIG_CSS),
            Map.entry("js/x.js", "export const x = 1;\n"),
            Map.entry("vendor/a/1/b.js", "var b = 2;\n"),
            Map.entry("pom.xml", "<project/>"),
            Map.entry("package.json", "{}"),
            Map.entry("node_modules/chart.js/package.json", "{}"),
            Map.entry("src/test/resources/logback-test.xml", "<configuration/>"),
            Map.entry("nginx.conf", "events {}"),
            Map.entry("Dockerfile", "FROM nginx"),
            Map.entry("README.md", "# dashboard"));

    private static final int DASHBOARD_PORT = freePort();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    protected final int dashboardPort = DASHBOARD_PORT;

    @DynamicPropertySource
    static void dashboard(DynamicPropertyRegistry registry) {
        writeFolder();
        registry.add("amrs.api.dashboard.dir", FOLDER::toString);
        registry.add("amrs.api.dashboard.port", () -> DASHBOARD_PORT);
    }

    /** A GET to {@code localhost:port} with these header names and values. */
    static HttpResponse<byte[]> get(int port, String path, String... headers) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private static void writeFolder() {
        try {
            if (Files.exists(FOLDER)) {
                try (Stream<Path> paths = Files.walk(FOLDER)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            for (var file : FILES.entrySet()) {
                Path path = FOLDER.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
