package com.amrs.api.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.amrs.api.support.WebhookReceiver;
import com.amrs.api.support.acme.PackMlState;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 18 (DESIGN.md §17): a machine DOWN for longer than its rule's {@code for} is one e-mail in GreenMail and
 * one signed POST on a real HTTP receiver, within a poll interval and 5 s; a webhook that answers 500 twice then
 * 200 gets it once; a receiver that hangs holds up neither the other channels nor the collector; a restart of the api-server while the alert fires notifies nobody again; the resolution is
 * one more of each.
 */
class AlertNotificationIntegrationTests {

    private static final AlertPlant PLANT = new AlertPlant("amrs_alert_notifications");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(20);

    @AfterAll
    static void closePlant() {
        PLANT.close();
    }

    @Test
    void aMachineDownIsNotifiedOnceAndResolvedOnceAcrossARestart() throws Exception {
        PLANT.hooks.answer("/flaky", 500, 500);
        PLANT.hooks.hold("/stuck");
        long alertId;
        try (ConfigurableApplicationContext first = PLANT.startApiServer()) {
            await().atMost(WAIT).until(() -> records(first, "Filler1") > 0);
            Instant down = Instant.now();
            PLANT.line.setFault("Filler1", 101);
            PLANT.line.setState("Filler1", PackMlState.HELD);

            WebhookReceiver.Received fired = awaitRequests("/line", 1).getFirst();
            JsonNode body = JSON.readTree(fired.body());
            alertId = body.get("alert").asLong();
            assertSigned(fired);
            assertThat(body.get("rule").asString()).isEqualTo("filler-down");
            assertThat(body.get("machine_id").asString()).isEqualTo("Filler1");
            assertThat(body.get("state").asString()).isEqualTo("firing");
            assertThat(body.get("resolved_at").isNull()).isTrue();
            assertThat(body.get("text").asString())
                    .startsWith("Filler1 is DOWN (fault 101: Jam at infeed) since ")
                    .endsWith("— rule filler-down");
            assertThat(body.get("url").asString()).isEqualTo(AlertPlant.PUBLIC_URL + "/#alerts");
            Instant startedAt = Instant.parse(body.get("started_at").asString());
            assertThat(startedAt)
                    .isBetween(down.minusSeconds(1), down.plus(AlertPlant.POLL).plusSeconds(1));
            assertThat(Duration.between(startedAt.plus(AlertPlant.HOLD), fired.at()))
                    .as("from the condition (DOWN for 2 s) to the notification")
                    .isLessThanOrEqualTo(AlertPlant.POLL.plusSeconds(5));

            await("the hanging receiver has its request").atMost(WAIT).until(() -> PLANT.hooks.waiting("/stuck") == 1);
            long whileStuck = records(first, "Filler1");
            await("the collector polls on while a receiver hangs")
                    .atMost(WAIT)
                    .until(() -> records(first, "Filler1") >= whileStuck + 5);

            MimeMessage mail = awaitMails(1).getFirst();
            assertThat(mail.getSubject()).isEqualTo("[AMRS] FIRING Filler1: machine down (rule filler-down)");
            assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("shift-lead@plant.example");
            assertThat(mail.getHeader("X-AMRS-Alert", null)).isEqualTo(String.valueOf(alertId));
            assertThat(mail.getContent().toString())
                    .contains(body.get("text").asString())
                    .contains(AlertPlant.PUBLIC_URL + "/#alerts");

            List<WebhookReceiver.Received> flaky = awaitRequests("/flaky", 3);
            assertThat(flaky).extracting(WebhookReceiver.Received::status).containsExactly(500, 500, 200);
            assertThat(flaky)
                    .extracting(WebhookReceiver.Received::body)
                    .containsOnly(flaky.getFirst().body());
            assertThat(failures(first, "flaky-hook")).isEqualTo(2);
            await().atMost(WAIT).until(() -> firingGauge(first, "filler-down") == 1);
            PLANT.hooks.release("/stuck");
            await("the hanging receiver's notification, once it answers (or at the try after the 10 s timeout)")
                    .atMost(WAIT)
                    .until(() -> PLANT.hooks.received("/stuck").size() >= 1 && sent(first, "stuck-hook") == 1);
            assertThat(AlertPlant.get(first, "/api/alerts?state=firing").body())
                    .contains("\"id\":" + alertId + ",\"rule\":\"filler-down\",\"when\":\"machine_down\"");
        }

        try (ConfigurableApplicationContext second = PLANT.startApiServer()) {
            long polled = records(second, "Filler1");
            await().atMost(WAIT).until(() -> records(second, "Filler1") > polled + 10);
            await("nothing notified again after the restart")
                    .during(AlertPlant.HOLD.plusSeconds(1))
                    .atMost(AlertPlant.HOLD.plusSeconds(5))
                    .until(() -> PLANT.hooks.received("/line").size() == 1
                            && PLANT.smtp.getReceivedMessages().length == 1
                            && PLANT.hooks.received("/flaky").size() == 3);

            PLANT.line.setFault("Filler1", 0);
            PLANT.line.setState("Filler1", PackMlState.EXECUTE);
            WebhookReceiver.Received resolved = awaitRequests("/line", 2).get(1);
            assertSigned(resolved);
            JsonNode body = JSON.readTree(resolved.body());
            assertThat(body.get("alert").asLong()).isEqualTo(alertId);
            assertThat(body.get("state").asString()).isEqualTo("resolved");
            assertThat(Instant.parse(body.get("resolved_at").asString())).isBefore(resolved.at());
            assertThat(body.get("text").asString())
                    .startsWith("Resolved after ")
                    .contains("Filler1 is DOWN");
            assertThat(awaitMails(2).get(1).getSubject())
                    .isEqualTo("[AMRS] Resolved Filler1: machine down (rule filler-down)");
            assertThat(awaitRequests("/flaky", 4).get(3).status()).isEqualTo(200);
            await().atMost(WAIT).until(() -> firingGauge(second, "filler-down") == 0);
            await().during(Duration.ofSeconds(1))
                    .atMost(Duration.ofSeconds(3))
                    .until(() ->
                            PLANT.hooks.received("/line").size() == 2 && PLANT.smtp.getReceivedMessages().length == 2);
            assertThat(second.getBean(JdbcClient.class)
                            .sql("select count(*) from alerts where rule = 'filler-down'")
                            .query(Long.class)
                            .single())
                    .as("one alert, fired once and resolved once")
                    .isEqualTo(1L);
        }
    }

    private static List<WebhookReceiver.Received> awaitRequests(String path, int count) {
        return await().atMost(WAIT).until(() -> PLANT.hooks.received(path), requests -> requests.size() >= count);
    }

    private static List<MimeMessage> awaitMails(int count) {
        return List.of(
                await().atMost(WAIT).until(PLANT.smtp::getReceivedMessages, messages -> messages.length >= count));
    }

    private static void assertSigned(WebhookReceiver.Received request) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(AlertPlant.SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected =
                "sha256=" + HexFormat.of().formatHex(mac.doFinal(request.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(request.header("X-AMRS-Signature")).isEqualTo(expected);
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
    }

    private static long records(ConfigurableApplicationContext apiServer, String machine) {
        return apiServer
                .getBean(JdbcClient.class)
                .sql("select count(*) from live_production where machine_id = ?")
                .param(machine)
                .query(Long.class)
                .single();
    }

    private static long sent(ConfigurableApplicationContext apiServer, String channel) {
        return apiServer
                .getBean(JdbcClient.class)
                .sql("select count(*) from alert_notifications where channel = ? and status = 'sent'")
                .param(channel)
                .query(Long.class)
                .single();
    }

    private static double failures(ConfigurableApplicationContext apiServer, String channel) {
        return apiServer
                .getBean(MeterRegistry.class)
                .get("amrs.alerts.notification.failures")
                .tag("channel", channel)
                .counter()
                .count();
    }

    private static double firingGauge(ConfigurableApplicationContext apiServer, String rule) {
        return apiServer
                .getBean(MeterRegistry.class)
                .get("amrs.alerts.firing")
                .tag("rule", rule)
                .gauge()
                .value();
    }
}
