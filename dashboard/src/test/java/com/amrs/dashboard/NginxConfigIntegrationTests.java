package com.amrs.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.dashboard.support.Http;
import com.amrs.dashboard.support.Locations;
import com.amrs.dashboard.support.Nginx;
import com.amrs.testsupport.FreePorts;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * dashboard/nginx.conf in real nginx, in front of a stand-in api-server that records what reaches
 * it: static files and their cache headers, gzip, the proxy and its WebSocket upgrade headers.
 */
class NginxConfigIntegrationTests {

    private static final Map<String, Headers> upstreamSaw = new ConcurrentHashMap<>();
    private static HttpServer upstream;
    private static Nginx nginx;
    private static Nginx nginxWithoutApi;

    @BeforeAll
    static void start() throws IOException {
        Locations locations = Locations.fromSystemProperties();
        upstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        upstream.createContext("/", exchange -> {
            upstreamSaw.put(exchange.getRequestURI().toString(), exchange.getRequestHeaders());
            byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        upstream.start();
        nginx = Nginx.start(
                locations.dashboardDir(),
                locations.freshDir("nginx-config"),
                upstream.getAddress().getPort());
        nginxWithoutApi = Nginx.start(locations.dashboardDir(), locations.freshDir("nginx-no-api"), FreePorts.next());
    }

    @AfterAll
    static void stop() {
        if (nginx != null) {
            nginx.stop();
        }
        if (nginxWithoutApi != null) {
            nginxWithoutApi.stop();
        }
        if (upstream != null) {
            upstream.stop(0);
        }
    }

    @Test
    void servesThePageRevalidatedEveryTimeWithSecurityHeaders() {
        HttpResponse<byte[]> page = nginx.http().get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(header(page, "Content-Type")).startsWith("text/html");
        assertThat(header(page, "Cache-Control")).isEqualTo("no-cache");
        assertThat(header(page, "Content-Security-Policy"))
                .contains("default-src 'self'", "connect-src 'self' ws: wss:");
        assertThat(header(page, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("<title>");
    }

    @Test
    void servesScriptsAsJavaScriptForModules() {
        HttpResponse<byte[]> module = nginx.http().get("/js/main.js");

        assertThat(module.statusCode()).isEqualTo(200);
        assertThat(header(module, "Content-Type")).startsWith("text/javascript");
        assertThat(header(module, "Cache-Control")).isEqualTo("no-cache");
    }

    @Test
    void cachesVendorFilesForAYearBecauseTheirPathHasTheVersion() {
        HttpResponse<byte[]> chart = nginx.http().get("/vendor/chart.js/4.6.1/chart.umd.min.js");

        assertThat(chart.statusCode()).isEqualTo(200);
        assertThat(header(chart, "Cache-Control")).isEqualTo("max-age=31536000");
        assertThat(header(chart, "X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void gzipsTextWhenTheBrowserAcceptsIt() {
        HttpResponse<byte[]> css = nginx.http().get("/css/dashboard.css", "Accept-Encoding", "gzip");

        assertThat(header(css, "Content-Encoding")).isEqualTo("gzip");
        assertThat(header(css, "Vary")).isEqualTo("Accept-Encoding");
    }

    @Test
    void hidesTheBuildFilesOfTheDashboardFolder() {
        for (String path : new String[] {
            "/pom.xml",
            "/package.json",
            "/package-lock.json",
            "/nginx.conf",
            "/node_modules/chart.js/package.json",
            "/scripts/copy-vendor.mjs",
            "/test/charts.test.mjs",
            "/Dockerfile",
            "/README.md",
            "/src/test/resources/logback-test.xml"
        }) {
            assertThat(nginx.http().get(path).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(nginx.http().get("/config.json").statusCode()).isEqualTo(200);
    }

    @Test
    void proxiesTheApiWithTheForwardedHeaders() {
        HttpResponse<byte[]> kpis = nginx.http().get("/api/kpis?days=30");

        assertThat(kpis.statusCode()).isEqualTo(200);
        Headers seen = upstreamSaw.get("/api/kpis?days=30");
        assertThat(seen).isNotNull();
        assertThat(seen.getFirst("X-Forwarded-For")).isEqualTo("127.0.0.1");
        assertThat(seen.getFirst("X-Forwarded-Proto")).isEqualTo("http");
        assertThat(seen.getFirst("X-Forwarded-Port"))
                .as("the browser's port: the api-server compares the page's origin with it")
                .isEqualTo(String.valueOf(URI.create(nginx.url()).getPort()));
        assertThat(seen.getFirst("Host")).isEqualTo(URI.create(nginx.url()).getAuthority());
    }

    @Test
    void behindTheTlsProxyTellsTheApiServerTheBrowserSpokeHttps() {
        HttpResponse<byte[]> kpis = nginx.http().get("/api/kpis?days=2", "X-Forwarded-Proto", "https");

        assertThat(kpis.statusCode()).isEqualTo(200);
        assertThat(upstreamSaw.get("/api/kpis?days=2").getFirst("X-Forwarded-Proto"))
                .as("config/nginx-tls.conf.example's https, not this nginx's own http")
                .isEqualTo("https");
        assertThat(upstreamSaw.get("/api/kpis?days=2").getFirst("X-Forwarded-Port"))
                .as("not this nginx's port: the api-server takes https's own, 443")
                .isNull();
    }

    @Test
    void passesTheWebSocketUpgradeToStompAndWs() throws IOException {
        for (String path : new String[] {"/stomp", "/ws"}) {
            String status = rawUpgradeRequest(path);

            assertThat(status).as(path).startsWith("HTTP/1.1 200");
            Headers seen = upstreamSaw.get(path);
            assertThat(seen.getFirst("Upgrade")).as(path).isEqualTo("websocket");
            assertThat(seen.getFirst("Connection")).as(path).isEqualToIgnoringCase("upgrade");
        }
    }

    @Test
    void answersAProblemDetailWhenTheApiServerIsAway() {
        HttpResponse<byte[]> kpis = nginxWithoutApi.http().get("/api/kpis?days=7");

        assertThat(kpis.statusCode()).isEqualTo(502);
        assertThat(header(kpis, "Content-Type")).startsWith("application/problem+json");
        assertThat(Http.parse(new String(kpis.body(), StandardCharsets.UTF_8))
                        .path("status")
                        .asInt())
                .isEqualTo(502);
    }

    /** The JDK's HttpClient refuses to send Upgrade and Connection itself. */
    private static String rawUpgradeRequest(String path) throws IOException {
        URI uri = URI.create(nginx.url());
        try (var socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            String request = "GET " + path + " HTTP/1.1\r\nHost: " + uri.getAuthority() + "\r\n"
                    + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            var line = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
                line.append((char) c);
            }
            return line.toString().trim();
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }
}
