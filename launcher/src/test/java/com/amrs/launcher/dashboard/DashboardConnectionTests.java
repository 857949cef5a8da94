package com.amrs.launcher.dashboard;

import static com.amrs.launcher.dashboard.Http.raw;
import static com.amrs.launcher.dashboard.Http.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.BindException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Connections as clients may open them: kept alive, malformed, too large, stalled; and a busy port. */
class DashboardConnectionTests {

    @TempDir
    static Path folder;

    static DashboardServer server;
    static int port;

    @BeforeAll
    static void start() throws IOException {
        Files.writeString(folder.resolve("index.html"), "<!doctype html>");
        server = DashboardServer.start(0, folder, Http.freePort());
        port = server.port();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Test
    void answersRequestsInTurnOnOneKeptAliveConnection() {
        String answers = raw(
                port,
                "GET / HTTP/1.1\r\nHost: a\r\n\r\nHEAD /index.html HTTP/1.1\r\nHost: a\r\n\r\n"
                        + "GET /missing HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");

        assertThat(answers.split("HTTP/1.1 ", -1)).hasSize(4);
        assertThat(answers)
                .contains("HTTP/1.1 200 OK", "HTTP/1.1 404 Not Found")
                .endsWith("</html>\r\n");
        assertThat(answers.indexOf("Connection: keep-alive")).isLessThan(answers.indexOf("Connection: close"));
    }

    @Test
    void refusesMalformedRequestsWithBadRequest() {
        for (String request : new String[] {
            "GARBAGE\r\n\r\n",
            "GET / HTTP/1.1\r\n\r\n",
            "GET /a%zz HTTP/1.1\r\nHost: a\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: a\r\nBad Header\r\n\r\n",
            "POST /api/x HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n",
            "POST /api/x HTTP/1.1\r\nHost: a\r\nContent-Length: x\r\n\r\n"
        }) {
            String answer = raw(port, request);
            assertThat(status(answer)).as(request).isEqualTo(400);
            assertThat(answer).as(request).contains("Connection: close", "X-Content-Type-Options: nosniff");
        }
    }

    @Test
    void boundsTheHeadAndTheBody() {
        String header = "X-Big: " + "a".repeat(HeadReader.LIMIT) + "\r\n";
        String body = "POST /api/x HTTP/1.1\r\nHost: a\r\nContent-Length: " + (RequestBody.LIMIT + 1) + "\r\n\r\n";

        assertThat(status(raw(port, "GET / HTTP/1.1\r\nHost: a\r\n" + header + "\r\n")))
                .isEqualTo(431);
        assertThat(status(raw(port, body))).isEqualTo(413);
    }

    @Test
    void aStalledConnectionHoldsUpNoOther() throws IOException {
        try (var stalled = new Socket("localhost", port)) {
            stalled.getOutputStream().write("GET / HTTP/1.1\r\nHo".getBytes(StandardCharsets.US_ASCII));
            stalled.getOutputStream().flush();

            assertThat(Http.get(port, "/").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void failsNamingThePortWhenAnotherProgramHasIt() throws IOException {
        try (var taken = new ServerSocket(0)) {
            assertThatThrownBy(() -> DashboardServer.start(taken.getLocalPort(), folder, 1))
                    .isInstanceOf(BindException.class)
                    .hasMessageContaining(String.valueOf(taken.getLocalPort()));
        }
    }

    /**
     * By binding the port again: a connection attempt is no proof, since a client whose ephemeral port happens to
     * be the one it calls connects to itself (it did once in CI).
     */
    @Test
    void closingFreesThePort() throws IOException {
        var closed = DashboardServer.start(0, folder, 1);
        closed.close();

        try (var again = new ServerSocket(closed.port())) {
            assertThat(again.getLocalPort()).isEqualTo(closed.port());
        }
    }
}
