package com.amrs.api.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.amrs.api.support.CollectorIntegrationTest;
import com.amrs.api.support.LiveClients;
import com.amrs.api.support.LiveListener;
import com.amrs.api.support.TestPlc;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The live stream fed by the real collector polling the real simulator every 500 ms. */
class LiveStreamCollectorIntegrationTests extends CollectorIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void bothEndpointsSendTheLatestPollWithinASecondThenEveryPoll() {
        polls.awaitPoll(Instant.EPOCH);
        try (var clients = new LiveClients(port, 64 * 1024)) {
            LiveListener raw = clients.raw();
            LiveListener stomp = clients.stomp(StompTopics.LIVE);
            await().atMost(Duration.ofSeconds(1)).until(() -> raw.count() >= 1 && stomp.count() >= 1);

            for (LiveListener listener : List.of(raw, stomp)) {
                Instant first = listener.messages().getFirst().timestamp();
                await().atMost(Duration.ofSeconds(5))
                        .until(() -> polls.after(first).size() >= 3);
                await().atMost(Duration.ofSeconds(2))
                        .until(() -> listener.timestamps()
                                .containsAll(polls.after(first).subList(0, 3)));
                List<Instant> received = listener.timestamps();
                assertThat(received.subList(1, 4))
                        .as("one message per poll, in order")
                        .isEqualTo(polls.after(first).subList(0, 3));
                JsonNode update = JSON.readTree(listener.last().json());
                assertThat(update.get("data")).hasSize(TestPlc.MACHINES);
                assertThat(update.at("/data/0/machine_id").asString()).isEqualTo("OPC-UA-M1");
            }
        }
    }
}
