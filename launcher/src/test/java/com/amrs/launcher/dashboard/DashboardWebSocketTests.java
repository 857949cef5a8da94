package com.amrs.launcher.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /ws and /stomp tunnelled to a real WebSocket server standing in for the api-server's live stream. */
class DashboardWebSocketTests {

    @TempDir
    static Path folder;

    static WebSocketEchoUpstream upstream;
    static DashboardServer server;

    @BeforeAll
    static void start() throws IOException {
        upstream = new WebSocketEchoUpstream();
        server = DashboardServer.start(0, folder, upstream.port());
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        upstream.close();
    }

    @Test
    void textFramesGoThroughTheTunnelBothWays() throws Exception {
        for (String path : List.of("/ws", "/stomp")) {
            List<String> received = new CopyOnWriteArrayList<>();
            WebSocket socket = Http.CLIENT
                    .newWebSocketBuilder()
                    .header("Origin", "http://localhost:" + server.port())
                    .buildAsync(URI.create("ws://localhost:" + server.port() + path), collecting(received))
                    .get(5, TimeUnit.SECONDS);

            socket.sendText("CONNECT", true).get(5, TimeUnit.SECONDS);
            socket.sendText("SUBSCRIBE", true).get(5, TimeUnit.SECONDS);

            await().atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(received).containsExactly("echo: CONNECT", "echo: SUBSCRIBE"));
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void upgradeRequestCarriesTheHeadersOfNginxConf() throws Exception {
        WebSocket socket = Http.CLIENT
                .newWebSocketBuilder()
                .buildAsync(URI.create("ws://localhost:" + server.port() + "/ws"), collecting(List.of()))
                .get(5, TimeUnit.SECONDS);
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);

        String handshake = upstream.handshakes.getLast();
        assertThat(handshake)
                .startsWith("GET /ws HTTP/1.1")
                .containsIgnoringCase("\nUpgrade: websocket")
                .containsIgnoringCase("\nConnection: upgrade")
                .containsIgnoringCase("\nHost: localhost:" + server.port())
                .containsIgnoringCase("\nX-Forwarded-Port: " + server.port())
                .containsIgnoringCase("\nX-Real-IP: 127.0.0.1");
    }

    private static WebSocket.Listener collecting(List<String> received) {
        return new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                received.add(data.toString());
                webSocket.request(1);
                return null;
            }
        };
    }
}
