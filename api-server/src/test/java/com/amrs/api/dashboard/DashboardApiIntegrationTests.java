package com.amrs.api.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.amrs.api.live.LiveMachine;
import com.amrs.api.live.ProductionPolled;
import com.amrs.api.support.HandRolledWebSocket;
import com.amrs.api.support.ProductionRows;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.messaging.converter.SimpleMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API and the live stream on the dashboard's port, from the page's own origin, as nginx.conf
 * proxies them; the API's port answers as it always did and serves no page.
 */
class DashboardApiIntegrationTests extends DashboardPortIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void kpisAreTheSameOnBothPorts() {
        ProductionRows.insert(jdbc, "M1", TODAY, "A", 120, 3, 2.5, 3600, 2.0, NOW.minusSeconds(60));
        ProductionRows.insert(jdbc, "M2", TODAY.minusDays(2), "B", 80, 1, 0, 3600, 2.0, NOW.minusSeconds(172_800));

        HttpResponse<byte[]> direct = get(port, "/api/kpis?days=7");
        HttpResponse<byte[]> throughDashboard = get(dashboardPort, "/api/kpis?days=7");

        assertThat(direct.statusCode()).isEqualTo(200);
        assertThat(throughDashboard.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(throughDashboard.body())).isEqualTo(JSON.readTree(direct.body()));
        assertThat(JSON.readTree(direct.body()).path("total_units").asLong()).isEqualTo(200);
        assertThat(header(throughDashboard, "Content-Security-Policy")).startsWith("default-src 'self'");
    }

    @Test
    void apiPortStillListsTheEndpointsAtItsRootAndServesNoPage() {
        HttpResponse<byte[]> root = get(port, "/");

        assertThat(root.statusCode()).isEqualTo(200);
        assertThat(header(root, "Content-Type")).startsWith("application/json");
        assertThat(JSON.readTree(root.body()).path("name").asString()).isEqualTo("AMRS api-server");
        assertThat(header(root, "Content-Security-Policy")).isEmpty();
        for (String path : List.of("/index.html", "/js/x.js", "/vendor/a/1/b.js", "/config.json")) {
            assertThat(get(port, path).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void apiErrorsStayProblemDetailsOnTheDashboardPort() {
        HttpResponse<byte[]> invalid = get(dashboardPort, "/api/kpis?days=0");

        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(header(invalid, "Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void liveStreamTakesThePagesOriginOnTheDashboardPortAndRefusesOthers() throws Exception {
        String page = "http://localhost:" + dashboardPort;
        for (String path : List.of("/ws", "/stomp")) {
            try (var fromPage = HandRolledWebSocket.connect(dashboardPort, path, Map.of("Origin", page), 64 * 1024);
                    var foreign = HandRolledWebSocket.connect(
                            dashboardPort, path, Map.of("Origin", "http://evil.example"), 64 * 1024)) {
                assertThat(fromPage.status()).as(path).isEqualTo(101);
                assertThat(foreign.status()).as(path).isEqualTo(403);
            }
        }
    }

    @Test
    void stompClientOfThePageGetsTheLiveUpdatesThroughTheDashboardPort() throws Exception {
        Instant before = publish("M7", 42);
        List<String> received = new CopyOnWriteArrayList<>();
        var stomp = new WebSocketStompClient(new StandardWebSocketClient());
        stomp.setMessageConverter(new SimpleMessageConverter());
        var handshake = new WebSocketHttpHeaders();
        handshake.setOrigin("http://localhost:" + dashboardPort);
        StompSession session = stomp.connectAsync(
                        URI.create("ws://localhost:" + dashboardPort + "/stomp"),
                        handshake,
                        new StompHeaders(),
                        new StompSessionHandlerAdapter() {})
                .get(10, TimeUnit.SECONDS);
        try {
            session.subscribe("/topic/live", new StompFrameHandler() {
                @Override
                public Type getPayloadType(StompHeaders headers) {
                    return byte[].class;
                }

                @Override
                public void handleFrame(StompHeaders headers, Object payload) {
                    received.add(new String((byte[]) payload, StandardCharsets.UTF_8));
                }
            });
            // a new subscriber gets the latest update at once, then every later one
            await().atMost(Duration.ofSeconds(10)).until(() -> contains(received, before));
            Instant next = publish("M7", 43);
            await().atMost(Duration.ofSeconds(10)).until(() -> contains(received, next));

            JsonNode update = JSON.readTree(received.getLast());
            assertThat(update.path("type").asString()).isEqualTo("live_update");
            assertThat(update.at("/data/0/machine_id").asString()).isEqualTo("M7");
            assertThat(update.at("/data/0/units_produced").asLong()).isEqualTo(43);
        } finally {
            session.disconnect();
            stomp.stop();
        }
    }

    private Instant publish(String machineId, long units) {
        Instant timestamp = Instant.now();
        events.publishEvent(new ProductionPolled(
                timestamp, List.of(new LiveMachine(machineId, "RUNNING", units, 1, 0.5, TODAY, "A", NOW))));
        return timestamp;
    }

    private static boolean contains(List<String> received, Instant timestamp) {
        return received.stream()
                .anyMatch(json -> Instant.parse(
                                JSON.readTree(json).path("timestamp").asString())
                        .equals(timestamp));
    }
}
