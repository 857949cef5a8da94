package com.amrs.api.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.amrs.api.support.LiveClients;
import com.amrs.api.support.LiveListener;
import com.amrs.api.support.ProductionRows;
import com.amrs.api.support.RestIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live stream of a real server on a free port, with real clients; the updates are published
 * the way the collector publishes them after a poll.
 */
class LiveStreamIntegrationTests extends RestIntegrationTest {

    private static final int SMALL = 64 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void bothEndpointsSendTheLatestUpdateAtOnceThenOnePerPoll() {
        try (var clients = new LiveClients(port, SMALL)) {
            LiveListener witness = clients.raw();
            Instant latest = publishAndAwait(List.of(witness), LiveUpdates.machines(2, 10));

            LiveListener raw = clients.raw();
            LiveListener stomp = clients.stomp(StompTopics.LIVE);
            await().atMost(Duration.ofSeconds(1)).until(() -> raw.count() >= 1 && stomp.count() >= 1);

            Instant second = publishAndAwait(List.of(raw, stomp), LiveUpdates.machines(2, 20));
            Instant third = publishAndAwait(List.of(raw, stomp), LiveUpdates.machines(2, 30));
            for (LiveListener listener : List.of(raw, stomp)) {
                assertThat(listener.timestamps()).containsExactly(latest, second, third);
                JsonNode update = JSON.readTree(listener.last().json());
                assertThat(update.get("type").asString()).isEqualTo("live_update");
                assertThat(update.get("data")).hasSize(2);
                JsonNode machine = update.get("data").get(0);
                assertThat(machine.get("machine_id").asString()).isEqualTo("M0001");
                assertThat(machine.get("units_produced").asLong()).isEqualTo(30);
                assertThat(machine.get("downtime_min").asDouble()).isEqualTo(1.5);
                assertThat(machine.get("production_date").asString()).isEqualTo("2026-01-26");
                assertThat(machine.get("timestamp").asString()).isEqualTo("2026-01-26T09:59:55Z");
            }
        }
    }

    @Test
    void twoHundredClientsOfEachKindGetEveryUpdate() {
        try (var clients = new LiveClients(port, SMALL)) {
            List<LiveListener> raw = clients.raw(200);
            List<LiveListener> stomp = clients.stomp(200, StompTopics.LIVE);
            List<LiveListener> all = LiveUpdates.all(raw, stomp);
            await().atMost(Duration.ofSeconds(20)).until(() -> all.stream().allMatch(l -> l.count() >= 1));

            List<Instant> published = IntStream.rangeClosed(1, 3)
                    .mapToObj(poll -> publishAndAwait(all, LiveUpdates.machines(3, poll * 100L)))
                    .toList();

            assertThat(all).allSatisfy(listener -> {
                assertThat(listener.timestamps()).endsWith(published.toArray(Instant[]::new));
                assertThat(listener.count()).isEqualTo(4);
                assertThat(JSON.readTree(listener.last().json())
                                .at("/data/2/units_produced")
                                .asLong())
                        .isEqualTo(300);
            });
        }
    }

    @Test
    void anUpdateEncodedOnceArrivesIntactOnBothEndpoints() {
        // the Tomcat of this build takes the encoded bytes; without it each client would get the text encoded anew
        assertThat(TomcatTextFrames.available()).isTrue();
        String name = "Presse Ü-3 «Süd» ✓ 🏭";
        var machine = new LiveMachine(name, "RUNNING", 7, 0, 0, TODAY, "A", Instant.parse("2026-01-26T09:59:55Z"));
        try (var clients = new LiveClients(port, SMALL)) {
            List<LiveListener> both = List.of(clients.raw(), clients.stomp(StompTopics.LIVE));
            await().atMost(Duration.ofSeconds(1)).until(() -> both.stream().allMatch(l -> l.count() >= 1));

            publishAndAwait(both, List.of(machine));

            assertThat(both)
                    .allSatisfy(
                            listener -> assertThat(JSON.readTree(listener.last().json())
                                            .at("/data/0/machine_id")
                                            .asString())
                                    .isEqualTo(name));
        }
    }

    @Test
    void kpisTopicCarriesTheNumbersOfTheKpiEndpoint() throws Exception {
        ProductionRows.insert(jdbc, "M1", TODAY, "A", 1200, 24, 3.0, 4 * 3600, 2.0, NOW.minusSeconds(60));
        ProductionRows.insert(jdbc, "M2", TODAY, "A", 800, 8, 1.25, 4 * 3600, 1.5, NOW.minusSeconds(30));
        ProductionRows.insert(jdbc, "M2", TODAY.minusDays(1), "C", 999, 9, 9, 4 * 3600, 1.5, NOW.minusSeconds(86_400));
        try (var clients = new LiveClients(port, SMALL)) {
            LiveListener kpis = clients.stomp(StompTopics.KPIS);
            LiveListener live = clients.raw();
            await().atMost(Duration.ofSeconds(1)).until(() -> kpis.count() >= 1 && live.count() >= 1);
            int before = kpis.count();

            publishAndAwait(List.of(live), LiveUpdates.machines(2, 10));
            await().atMost(Duration.ofSeconds(2)).until(() -> kpis.count() > before);

            String rest = mvc.get()
                    .uri("/api/kpis?days=1")
                    .exchange()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            JsonNode pushed = JSON.readTree(kpis.last().json());
            assertThat(pushed).isEqualTo(JSON.readTree(rest));
            assertThat(pushed.get("total_units").asLong()).isEqualTo(2000);
        }
    }

    @Test
    void aBurstOfPollsGetsTheKpisAtMostOnceASecondEndingWithTheLastPollsNumbers() {
        ProductionRows.insert(jdbc, "M1", TODAY, "A", 100, 0, 0, 3600, 1.0, NOW.minusSeconds(90));
        try (var clients = new LiveClients(port, SMALL)) {
            LiveListener kpis = clients.stomp(StompTopics.KPIS);
            LiveListener live = clients.raw();
            await().atMost(Duration.ofSeconds(1)).until(() -> kpis.count() >= 1 && live.count() >= 1);
            // quiet first: no KPIs for longer than their interval, so that none still due from before counts
            AtomicInteger seen = new AtomicInteger(kpis.count());
            await().during(LiveBroadcaster.KPIS_AT_MOST_EVERY.plusMillis(500))
                    .atMost(Duration.ofSeconds(15))
                    .until(() -> seen.getAndSet(kpis.count()) == kpis.count());
            int before = kpis.count();

            long started = System.nanoTime();
            for (int poll = 1; poll <= 20; poll++) {
                if (poll == 20) {
                    ProductionRows.insert(jdbc, "M1", TODAY, "A", 50, 0, 0, 60, 1.0, NOW.minusSeconds(30));
                }
                publishAndAwait(List.of(live), LiveUpdates.machines(1, poll));
            }
            double burstSeconds = (System.nanoTime() - started) / 1e9;

            await().atMost(Duration.ofSeconds(3))
                    .until(() ->
                            JSON.readTree(kpis.last().json()).get("total_units").asLong() == 150);
            assertThat(kpis.count() - before)
                    .as("20 polls in %.2f s: the KPIs once at the start, then at most once a second", burstSeconds)
                    .isBetween(1, 2 + (int) burstSeconds);
        }
    }

    @Test
    void clientsCannotPublishOnTheTopics() {
        try (var clients = new LiveClients(port, SMALL)) {
            LiveListener listener = clients.stomp(StompTopics.LIVE);
            LiveListener sender = clients.stomp(StompTopics.KPIS);
            await().atMost(Duration.ofSeconds(1)).until(() -> listener.count() >= 1);

            sender.stompSession()
                    .send(
                            StompTopics.LIVE,
                            "{\"type\":\"live_update\",\"timestamp\":\"2000-01-01T00:00:00Z\"}"
                                    .getBytes(StandardCharsets.UTF_8));
            publishAndAwait(List.of(listener), LiveUpdates.machines(1, 1));

            assertThat(listener.timestamps()).doesNotContain(Instant.parse("2000-01-01T00:00:00Z"));
        }
    }

    private Instant publishAndAwait(List<LiveListener> listeners, List<LiveMachine> machines) {
        return LiveUpdates.publishAndAwait(events, listeners, machines);
    }
}
