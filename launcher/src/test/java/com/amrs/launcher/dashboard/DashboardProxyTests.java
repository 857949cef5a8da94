package com.amrs.launcher.dashboard;

import static com.amrs.launcher.dashboard.Http.get;
import static com.amrs.launcher.dashboard.Http.header;
import static com.amrs.launcher.dashboard.Http.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /api/ proxied to a real HTTP server standing in for the api-server, as nginx.conf proxies it. */
class DashboardProxyTests {

    @TempDir
    static Path folder;

    static EchoUpstream upstream;
    static DashboardServer server;
    static int port;

    @BeforeAll
    static void start() throws IOException {
        upstream = new EchoUpstream();
        server = DashboardServer.start(0, folder, upstream.port());
        port = server.port();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        upstream.close();
    }

    @Test
    void forwardsTheRequestWithTheHeadersOfNginxConf() {
        HttpResponse<byte[]> answer = get(port, "/api/kpis?days=7", "X-Forwarded-For", "203.0.113.9");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(header(answer, "Echo-Method")).isEqualTo("GET");
        assertThat(header(answer, "Echo-Target")).isEqualTo("/api/kpis?days=7");
        assertThat(header(answer, "Echo-Host")).isEqualTo("localhost:" + port);
        assertThat(header(answer, "Echo-X-Real-IP")).isEqualTo("127.0.0.1");
        assertThat(header(answer, "Echo-X-Forwarded-For")).isEqualTo("203.0.113.9, 127.0.0.1");
        assertThat(header(answer, "Echo-X-Forwarded-Proto")).isEqualTo("http");
        assertThat(header(answer, "Echo-X-Forwarded-Port")).isEqualTo(String.valueOf(port));
        assertThat(header(answer, "Echo-Connection")).isEqualTo("close");
        assertThat(header(answer, "Content-Security-Policy")).startsWith("default-src 'self'");
        assertThat(header(answer, "Content-Type")).isEqualTo("text/plain; charset=utf-8");
    }

    @Test
    void keepsTheSchemeAndPortOfATlsProxyInFront() {
        HttpResponse<byte[]> schemeOnly = get(port, "/api/x", "X-Forwarded-Proto", "https");
        HttpResponse<byte[]> both = get(port, "/api/x", "X-Forwarded-Proto", "https", "X-Forwarded-Port", "8443");

        assertThat(header(schemeOnly, "Echo-X-Forwarded-Proto")).isEqualTo("https");
        assertThat(schemeOnly.headers().firstValue("Echo-X-Forwarded-Port")).isEmpty();
        assertThat(header(both, "Echo-X-Forwarded-Port")).isEqualTo("8443");
        assertThat(header(get(port, "/api/x"), "Echo-X-Forwarded-For")).isEqualTo("127.0.0.1");
    }

    @Test
    void passesRequestBodiesWithALengthAndChunked() {
        var sized = Http.request(port, "/api/alerts/7/ack", "Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"note\":\"seen\"}"))
                .build();
        byte[] large = "0123456789".repeat(20_000).getBytes(StandardCharsets.US_ASCII);
        var chunked = Http.request(port, "/api/reports")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large)))
                .build();

        HttpResponse<byte[]> sizedAnswer = Http.send(sized);
        HttpResponse<byte[]> chunkedAnswer = Http.send(chunked);

        assertThat(header(sizedAnswer, "Echo-Method")).isEqualTo("POST");
        assertThat(text(sizedAnswer)).isEqualTo("{\"note\":\"seen\"}");
        assertThat(header(sizedAnswer, "Echo-Content-Type")).isEqualTo("application/json");
        assertThat(header(chunkedAnswer, "Echo-Method")).isEqualTo("PUT");
        assertThat(header(chunkedAnswer, "Echo-Content-Length")).isEqualTo(String.valueOf(large.length));
        assertThat(chunkedAnswer.body()).isEqualTo(large);
    }

    @Test
    void gzipsTheApisJsonAsNginxDoesWithGzipProxied() throws IOException {
        HttpResponse<byte[]> answer = get(port, "/api/big", "Accept-Encoding", "gzip");

        assertThat(header(answer, "Content-Encoding")).isEqualTo("gzip");
        assertThat(header(answer, "Vary")).isEqualTo("Accept-Encoding");
        assertThat(header(answer, "Content-Type")).isEqualTo("application/json; charset=utf-8");
        try (var unzipped = new GZIPInputStream(new ByteArrayInputStream(answer.body()))) {
            assertThat(new String(unzipped.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(EchoUpstream.BIG_JSON);
        }
    }

    @Test
    void passesTheApiServersOwnErrorsUnchanged() {
        HttpResponse<byte[]> busy = get(port, "/api/busy");

        assertThat(busy.statusCode()).isEqualTo(503);
        assertThat(header(busy, "Content-Type")).isEqualTo("application/problem+json");
        assertThat(text(busy)).isEqualTo("{}");
        assertThat(header(busy, "X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void routesByTheNormalisedPathAndForwardsTheTargetAsSent() {
        assertThat(header(get(port, "/js/../api/x"), "Echo-Target")).isEqualTo("/js/../api/x");
        assertThat(header(get(port, "/%61pi/x"), "Echo-Target")).isEqualTo("/%61pi/x");
        assertThat(get(port, "/api/../pom.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void answersNginxsProblemJsonWhenNothingListensOnTheApiPort() throws IOException {
        try (var alone = DashboardServer.start(0, folder, Http.freePort())) {
            HttpResponse<byte[]> answer = get(alone.port(), "/api/kpis");

            assertThat(answer.statusCode()).isEqualTo(502);
            assertThat(header(answer, "Content-Type")).isEqualTo("application/problem+json");
            assertThat(text(answer))
                    .isEqualTo("{\"type\":\"about:blank\",\"title\":\"Bad Gateway\",\"status\":502,"
                            + "\"detail\":\"The AMRS api-server cannot be reached.\"}");
            assertThat(header(answer, "Content-Security-Policy")).startsWith("default-src 'self'");
            assertThat(get(alone.port(), "/stomp").statusCode()).isEqualTo(502);
        }
    }
}
