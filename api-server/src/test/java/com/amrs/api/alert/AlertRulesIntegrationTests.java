package com.amrs.api.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.amrs.api.support.LiveClients;
import com.amrs.api.support.LiveListener;
import com.amrs.api.support.WebhookReceiver;
import com.amrs.api.support.acme.PackMlState;
import com.amrs.core.shift.ShiftCalendar;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 18 (DESIGN.md §17): every condition on a whole api-server ({@link AlertPlant}'s rules), reminders until an
 * operator acknowledges, {@code /api/alerts} and {@code /topic/alerts}.
 */
class AlertRulesIntegrationTests {

    private static final AlertPlant PLANT = new AlertPlant("amrs_alert_rules");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static ConfigurableApplicationContext apiServer;
    private static LiveClients live;
    private static LiveListener alertsTopic;

    @BeforeAll
    static void startApiServer() {
        apiServer = PLANT.startApiServer();
        live = new LiveClients(AlertPlant.port(apiServer), 64 * 1024);
        alertsTopic = live.stomp("/topic/alerts");
    }

    @AfterAll
    static void stopApiServer() {
        live.close();
        apiServer.close();
        PLANT.close();
    }

    @Test
    void remindsWhileNobodyAcknowledgesAndStopsOnceAnOperatorDoes() throws Exception {
        PLANT.line.setState("Capper1", PackMlState.HELD);
        List<WebhookReceiver.Received> notified = awaitRequests("/capper", 3);
        JsonNode fired = JSON.readTree(notified.getFirst().body());
        long id = fired.get("alert").asLong();
        assertThat(fired.get("text").asString()).startsWith("Capper1 is DOWN (Unassigned) since ");
        for (WebhookReceiver.Received reminder : notified.subList(1, 3)) {
            JsonNode body = JSON.readTree(reminder.body());
            assertThat(body.get("alert").asLong()).isEqualTo(id);
            assertThat(body.get("state").asString()).isEqualTo("firing");
            assertThat(body.get("text").asString())
                    .startsWith("Still firing after ")
                    .endsWith("not acknowledged: " + fired.get("text").asString());
        }
        await().atMost(WAIT).until(() -> topicSays("fired", id));

        var ack = AlertPlant.post(apiServer, "/api/alerts/" + id + "/ack");
        assertThat(ack.statusCode()).isEqualTo(200);
        JsonNode acknowledged = JSON.readTree(ack.body());
        assertThat(acknowledged.get("acknowledged_by").asString()).isEqualTo("api-key");
        assertThat(acknowledged.get("state").asString()).isEqualTo("firing");
        await().atMost(WAIT).until(() -> topicSays("acknowledged", id));
        await().atMost(WAIT).until(() -> pending(id) == 0);
        int sent = PLANT.hooks.received("/capper").size();
        await("no reminder after the acknowledgement")
                .during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(6))
                .until(() -> PLANT.hooks.received("/capper").size() == sent);
        var again = AlertPlant.post(apiServer, "/api/alerts/" + id + "/ack");
        assertThat(JSON.readTree(again.body()).get("acknowledged_at")).isEqualTo(acknowledged.get("acknowledged_at"));

        PLANT.line.setState("Capper1", PackMlState.EXECUTE);
        JsonNode resolved =
                JSON.readTree(awaitRequests("/capper", sent + 1).get(sent).body());
        assertThat(resolved.get("state").asString()).isEqualTo("resolved");
        await().atMost(WAIT).until(() -> topicSays("resolved", id));
        var late = AlertPlant.post(apiServer, "/api/alerts/" + id + "/ack");
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("\"type\":\"urn:amrs:problem:alert-resolved\"");
        JsonNode history = JSON.readTree(
                AlertPlant.get(apiServer, "/api/alerts?state=all&days=1").body());
        JsonNode listed = history.valueStream()
                .filter(alert -> alert.get("id").asLong() == id)
                .findFirst()
                .orElseThrow();
        assertThat(listed.get("state").asString()).isEqualTo("resolved");
        assertThat(listed.get("acknowledged_by").asString()).isEqualTo("api-key");
        assertThat(listed.get("machine_id").asString()).isEqualTo("Capper1");
        assertThat(listed.get("when").asString()).isEqualTo("machine_down");
    }

    @Test
    void aPlcThatStopsAnsweringFiresForItsMachinesAndResolvesWhenItAnswersAgain() throws Exception {
        await().atMost(WAIT).until(() -> records("Mixer1") > 0);
        PLANT.mixer.stop();
        try {
            JsonNode fired = awaitRule("mixer-unreachable", "firing", 1);
            assertThat(fired.get("machine_id").asString()).isEqualTo("Mixer1");
            assertThat(fired.get("text").asString()).startsWith("Mixer1 cannot be read: PLC mixer is unreachable");
        } finally {
            PLANT.mixer.start();
        }
        JsonNode resolved = awaitRule("mixer-unreachable", "resolved", 1);
        assertThat(resolved.get("text").asString()).startsWith("Resolved after ");
    }

    @Test
    void noUnitForTheRulesForWhileTheShiftRunsFiresAndAUnitResolvesIt() throws Exception {
        JsonNode fired = awaitRule("labeler-idle", "firing", 1);
        assertThat(fired.get("text").asString()).startsWith("Labeler1 has made no unit since ");

        PLANT.line.produce("Labeler1", 10, 0);
        awaitRule("labeler-idle", "resolved", 1);
        JsonNode again = awaitRule("labeler-idle", "firing", 2);
        assertThat(again.get("alert").asLong()).isGreaterThan(fired.get("alert").asLong());
        var firstPage = AlertPlant.get(apiServer, "/api/alerts?state=all&size=1");
        assertThat(JSON.readTree(firstPage.body()).size()).isEqualTo(1);
        assertThat(Long.parseLong(
                        firstPage.headers().firstValue("X-Total-Count").orElseThrow()))
                .isGreaterThanOrEqualTo(2);
        JsonNode alert = alert(again.get("alert").asLong());
        Instant lastUnit = Instant.parse(alert.get("started_at").asString());
        assertThat(Duration.between(
                        lastUnit, Instant.parse(alert.get("fired_at").asString())))
                .as("fired 3 s (the rule's for) after the last unit, within a poll and the evaluation")
                .isBetween(
                        Duration.ofSeconds(3),
                        Duration.ofSeconds(3).plus(AlertPlant.POLL).plusSeconds(2));
    }

    @Test
    void yieldAndOeeBelowTheirThresholdsOverTheRulesWindow() {
        Instant now = Instant.now();
        record(now.minus(Duration.ofHours(2)), 100, 50);
        record(now.minus(Duration.ofMinutes(30)), 100, 5);
        record(now.minus(Duration.ofMinutes(10)), 100, 25);

        var yield = apiServer.getBean(YieldBelowCheck.class);
        Findings below = yield.check(rule("press-yield", "yield_below", 90), now);
        assertThat(below.holding()).containsOnlyKeys("Press1");
        Finding finding = below.holding().get("Press1");
        assertThat(finding.details()).containsEntry("value", 85.0).containsEntry("threshold", 90.0);
        assertThat(finding.summary()).isEqualTo("has yield 85.0 % over the last 1 h, below 90 %");
        assertThat(yield.check(rule("press-yield", "yield_below", 90), now.plusSeconds(5))
                        .holding()
                        .get("Press1")
                        .since())
                .as("below since the first evaluation that found it")
                .isEqualTo(now);
        assertThat(yield.check(rule("press-yield-80", "yield_below", 80), now).holding())
                .isEmpty();

        // 170 good units × 2 s ideal cycle = 340 s fully productive in about an hour of planned time
        var oee = apiServer.getBean(OeeBelowCheck.class);
        Finding low =
                oee.check(rule("press-oee", "oee_below", 50), now).holding().get("Press1");
        assertThat((double) low.details().get("value")).isBetween(9.4, 9.5);
        assertThat(oee.check(rule("press-oee-5", "oee_below", 5), now).holding())
                .isEmpty();
    }

    @Test
    void aMachineIsDownSinceTheStartOfItsRunOfDownStopsAcrossShiftsAndFaults() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        stop("Press2", now.minusSeconds(7200), now.minusSeconds(5400), "DOWN", 101, "Jam at infeed");
        stop("Press2", now.minusSeconds(5400), now.minusSeconds(3600), "IDLE", null, "Unassigned");
        stop("Press2", now.minusSeconds(3600), now.minusSeconds(1800), "DOWN", 101, "Jam at infeed");
        stop("Press2", now.minusSeconds(1800), now.minusSeconds(600), "DOWN", 101, "Jam at infeed");
        stop("Press2", now.minusSeconds(600), null, "DOWN", 204, "Motor overload");

        var rule = new AlertProperties.Rule(
                "press-down",
                "machine_down",
                Duration.ZERO,
                null,
                Duration.ofHours(1),
                List.of("Press2"),
                List.of("ops-hook"),
                Duration.ZERO);
        Finding down = apiServer
                .getBean(MachineDownCheck.class)
                .check(rule, now)
                .holding()
                .get("Press2");

        assertThat(down.since())
                .as("a shift change and a new fault go on; the idle hour before ends the run")
                .isEqualTo(now.minusSeconds(3600));
        assertThat(down.summary()).isEqualTo("is DOWN (fault 204: Motor overload)");
    }

    @Test
    void refusesAnUnknownAlertABadQueryAndAViewersAcknowledgement() {
        var unknown = AlertPlant.post(apiServer, "/api/alerts/987654/ack");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("\"type\":\"urn:amrs:problem:alert-not-found\"");
        assertThat(AlertPlant.get(apiServer, "/api/alerts?state=open").statusCode())
                .isEqualTo(400);
        assertThat(AlertPlant.get(apiServer, "/api/alerts?days=0").statusCode()).isEqualTo(400);
        assertThat(AlertPlant.get(apiServer, "/api/alerts?size=1001").statusCode())
                .isEqualTo(400);
        assertThat(AlertPlant.get(apiServer, "/api/alerts?state=firing").statusCode())
                .isEqualTo(200);
        assertThat(AlertPlant.postAnonymously(apiServer, "/api/alerts/1/ack").statusCode())
                .as("reads are open, an acknowledgement needs an operator")
                .isEqualTo(401);
    }

    private static AlertProperties.Rule rule(String name, String when, double threshold) {
        return new AlertProperties.Rule(
                name,
                when,
                Duration.ZERO,
                threshold,
                Duration.ofHours(1),
                List.of("Press1"),
                List.of("ops-hook"),
                Duration.ZERO);
    }

    private static void record(Instant at, long units, long defective) {
        var slot = apiServer.getBean(ShiftCalendar.class).slotOf(at);
        jdbc().sql("""
                        insert into live_production (machine_id, production_date, shift, units_produced,
                            defective_units, downtime_min, state, source, recorded_at, interval_sec, ideal_cycle_sec)
                        values ('Press1', ?, ?, ?, ?, 0, 'RUNNING', 'test', ?, 60, 2)
                        """)
                .params(slot.productionDate(), slot.shift(), units, defective, Timestamp.from(at))
                .update();
    }

    private static void stop(String machine, Instant from, Instant to, String state, Integer fault, String reason) {
        var slot = apiServer.getBean(ShiftCalendar.class).slotOf(from);
        jdbc().sql("""
                        insert into machine_stops (machine_id, started_at, ended_at, duration_sec, state, fault_code,
                                                   reason_code, reason, category, production_date, shift)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 'unplanned', ?, ?)
                        """)
                .params(
                        machine,
                        Timestamp.from(from),
                        to == null ? null : Timestamp.from(to),
                        to == null ? null : (double) Duration.between(from, to).toSeconds(),
                        state,
                        fault,
                        fault,
                        reason,
                        slot.productionDate(),
                        slot.shift())
                .update();
    }

    private static JsonNode awaitRule(String rule, String state, int count) {
        List<JsonNode> bodies = await().atMost(WAIT)
                .until(
                        () -> PLANT.hooks.received("/ops").stream()
                                .map(request -> JSON.readTree(request.body()))
                                .filter(body -> body.get("rule").asString().equals(rule)
                                        && body.get("state").asString().equals(state))
                                .toList(),
                        matching -> matching.size() >= count);
        return bodies.get(count - 1);
    }

    private static List<WebhookReceiver.Received> awaitRequests(String path, int count) {
        return await().atMost(WAIT).until(() -> PLANT.hooks.received(path), requests -> requests.size() >= count);
    }

    private static boolean topicSays(String event, long id) {
        return alertsTopic.messages().stream()
                .map(message -> JSON.readTree(message.json()))
                .anyMatch(message -> message.get("event").asString().equals(event)
                        && message.get("alert").get("id").asLong() == id);
    }

    private static JsonNode alert(long id) {
        JsonNode all =
                JSON.readTree(AlertPlant.get(apiServer, "/api/alerts?state=all").body());
        return all.valueStream()
                .filter(alert -> alert.get("id").asLong() == id)
                .findFirst()
                .orElseThrow();
    }

    private static long pending(long id) {
        return jdbc().sql("select count(*) from alert_notifications where alert_id = ? and status = 'pending'")
                .param(id)
                .query(Long.class)
                .single();
    }

    private static long records(String machine) {
        return jdbc().sql("select count(*) from live_production where machine_id = ?")
                .param(machine)
                .query(Long.class)
                .single();
    }

    private static JdbcClient jdbc() {
        return apiServer.getBean(JdbcClient.class);
    }
}
