package com.amrs.api.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.amrs.api.support.HandRolledWebSocket;
import com.amrs.api.support.LiveClients;
import com.amrs.api.support.LiveListener;
import com.amrs.api.support.RestIntegrationTest;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Slow, dead and foreign clients of the live stream, the STOMP heart-beats and the status endpoint. */
@ExtendWith(OutputCaptureExtension.class)
class LiveConnectionsIntegrationTests extends RestIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> STOMP = Map.of("Sec-WebSocket-Protocol", "v12.stomp");
    private static final int SMALL_RECEIVE_BUFFER = 1024;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void clientsThatStopReadingDelayNoOneAndAreDropped(CapturedOutput output) throws Exception {
        // about 100 KB per update: a few dozen fill a stuck client's socket buffers
        List<LiveMachine> plant = LiveUpdates.machines(430, 1);
        try (var clients = new LiveClients(port, 1024 * 1024)) {
            List<LiveListener> others = LiveUpdates.all(clients.raw(3), clients.stomp(3, StompTopics.LIVE));
            for (int warmUp = 0; warmUp < 5; warmUp++) {
                LiveUpdates.publishAndAwait(events, others, plant);
            }
            JsonNode before = status();
            try (var stuckRaw = HandRolledWebSocket.connect(port, "/ws", Map.of(), SMALL_RECEIVE_BUFFER);
                    var stuckStomp = HandRolledWebSocket.connect(port, "/stomp", STOMP, SMALL_RECEIVE_BUFFER)) {
                stuckStomp.sendText("CONNECT\naccept-version:1.2\nhost:localhost\n\n\0");
                stuckStomp.sendText("SUBSCRIBE\nid:0\ndestination:/topic/live\n\n\0");
                // each gets the latest update at once: then both are listening
                await().until(() -> count(status(), "messages_sent") >= count(before, "messages_sent") + 2);
                Instant stuckSince = Instant.now();
                long publishing = System.nanoTime();
                events.publishEvent(new ProductionPolled(Instant.now(), plant));
                // a publish that waited for the stuck clients would take their send-time-limit (1 s here); on a
                // loaded machine a quick one took up to 56 ms
                assertThat(Duration.ofNanos(System.nanoTime() - publishing))
                        .as("the collector's publish returns at once")
                        .isLessThan(Duration.ofMillis(250));

                for (int updates = 0; updates < 100 && stuckClientsConnected(before); updates++) {
                    LiveUpdates.publishAndAwait(events, others, plant);
                }

                assertThat(stuckClientsConnected(before))
                        .as("stuck clients still connected")
                        .isFalse();
                assertThat(output.getOut())
                        .contains("Dropping live client", "lags too far behind")
                        .contains("Terminating");
                List<Duration> latencies = others.stream()
                        .flatMap(listener -> listener.messages().stream())
                        .filter(message -> message.at().isAfter(stuckSince))
                        .map(LiveListener.Received::latency)
                        .toList();
                // a client held up by a stuck one would wait for the stuck write's send-time-limit too; a loaded
                // machine adds a few hundred milliseconds of its own (a 100 ms bound failed at 0.21 s)
                assertThat(latencies)
                        .hasSizeGreaterThan(6 * 10)
                        .allSatisfy(latency -> assertThat(latency).isLessThan(Duration.ofMillis(500)));
                assertThat(stuckRaw.closedByServerWithin(Duration.ofSeconds(5))).isTrue();
                assertThat(stuckStomp.closedByServerWithin(Duration.ofSeconds(5)))
                        .isTrue();
            } finally {
                // later clients get the latest update first: a small one
                LiveUpdates.publishAndAwait(events, others, LiveUpdates.machines(1, 1));
            }
        }
    }

    @Test
    void aRawClientThatNeverAnswersPingsIsDropped() throws Exception {
        long before = count(status(), "raw_clients");
        try (var silent = HandRolledWebSocket.connect(port, "/ws", Map.of(), 64 * 1024)) {
            silent.readWithoutAnsweringPings();
            await().until(() -> count(status(), "raw_clients") == before + 1);

            await().atMost(Duration.ofSeconds(5)).until(silent::closedByServer);
            assertThat(silent.receivedPing()).isTrue();
            assertThat(count(status(), "raw_clients")).isEqualTo(before);
        }
    }

    @Test
    void statusCountsTheClientsAndDisconnectsLowerTheCounts() {
        await().atMost(Duration.ofSeconds(10)).until(() -> count(status(), "active_connections") == 0);
        JsonNode before = status();
        try (var clients = new LiveClients(port, 64 * 1024)) {
            LiveListener raw = clients.raw();
            clients.raw();
            LiveListener stomp = clients.stomp(StompTopics.LIVE);
            clients.stomp(2, StompTopics.KPIS);
            LiveUpdates.publishAndAwait(events, List.of(raw, stomp), LiveUpdates.machines(1, 5));

            JsonNode connected = awaitCounts(2, 3);
            assertThat(count(connected, "active_connections")).isEqualTo(5);
            assertThat(count(connected, "messages_sent")).isGreaterThanOrEqualTo(count(before, "messages_sent") + 4);
            assertThat(connected.get("last_broadcast").asString()).isEqualTo("2026-01-26T10:00:00Z");

            raw.close();
            stomp.close();
            awaitCounts(1, 2);
        }
        awaitCounts(0, 0);
    }

    @Test
    void allowsTheDashboardsOriginAndRefusesOthers() throws Exception {
        for (String path : List.of("/ws", "/stomp")) {
            try (var dashboard = connect(path, "http://localhost:8080");
                    var foreign = connect(path, "http://evil.example");
                    var sameOrigin = connect(path, "http://localhost:" + port)) {
                assertThat(dashboard.status()).as(path).isEqualTo(101);
                assertThat(foreign.status()).as(path).isEqualTo(403);
                assertThat(sameOrigin.status()).as(path).isEqualTo(101);
            }
        }
    }

    @Test
    void wsDeclinesCompressionThatWouldEncodeEachUpdateAgainPerClient() throws Exception {
        var deflate = Map.of("Sec-WebSocket-Extensions", "permessage-deflate; client_max_window_bits");
        var stompDeflate = Map.of(
                "Sec-WebSocket-Extensions",
                deflate.get("Sec-WebSocket-Extensions"),
                "Sec-WebSocket-Protocol",
                "v12.stomp");
        try (var raw = HandRolledWebSocket.connect(port, "/ws", deflate, 64 * 1024);
                var stomp = HandRolledWebSocket.connect(port, "/stomp", stompDeflate, 64 * 1024)) {
            assertThat(raw.status()).isEqualTo(101);
            assertThat(raw.responseHeader("Sec-WebSocket-Extensions")).isEmpty();
            // the same request on /stomp, whose frames are the client's own anyway, is granted
            assertThat(stomp.responseHeader("Sec-WebSocket-Extensions"))
                    .hasValueSatisfying(value -> assertThat(value).startsWith("permessage-deflate"));
        }
    }

    @Test
    void stompOffersAndSendsHeartbeats() throws Exception {
        List<String> frames = new CopyOnWriteArrayList<>();
        var headers = new WebSocketHttpHeaders();
        headers.setSecWebSocketProtocol("v12.stomp");
        var handler = new TextWebSocketHandler() {
            @Override
            protected void handleTextMessage(WebSocketSession session, TextMessage message) {
                frames.add(message.getPayload());
            }
        };
        WebSocketSession session = new StandardWebSocketClient()
                .execute(handler, headers, URI.create("ws://localhost:" + port + "/stomp"))
                .join();
        try {
            session.sendMessage(new TextMessage("CONNECT\naccept-version:1.2\nhost:localhost\nheart-beat:0,200\n\n\0"));

            await().atMost(Duration.ofSeconds(1)).until(() -> !frames.isEmpty());
            assertThat(frames.getFirst()).startsWith("CONNECTED\n").contains("heart-beat:1000,1000");
            await().atMost(Duration.ofSeconds(3)).until(() -> frames.contains("\n"));
        } finally {
            session.close();
        }
    }

    private HandRolledWebSocket connect(String path, String origin) {
        return HandRolledWebSocket.connect(port, path, Map.of("Origin", origin), 64 * 1024);
    }

    private boolean stuckClientsConnected(JsonNode before) {
        JsonNode now = status();
        return count(now, "raw_clients") > count(before, "raw_clients")
                || count(now, "stomp_clients") > count(before, "stomp_clients");
    }

    private JsonNode awaitCounts(int raw, int stomp) {
        await().atMost(Duration.ofSeconds(5)).until(() -> {
            JsonNode status = status();
            return count(status, "raw_clients") == raw && count(status, "stomp_clients") == stomp;
        });
        return status();
    }

    private JsonNode status() {
        try {
            return JSON.readTree(mvc.get()
                    .uri("/api/websocket/status")
                    .exchange()
                    .getResponse()
                    .getContentAsString());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(JsonNode status, String field) {
        return status.get(field).asLong();
    }
}
