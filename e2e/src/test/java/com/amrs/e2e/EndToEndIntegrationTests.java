package com.amrs.e2e;

import static com.amrs.e2e.LocalPlant.COMMAND_TIMEOUT;
import static com.amrs.e2e.LocalPlant.MACHINES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.amrs.e2e.support.Amrs;
import com.amrs.e2e.support.Api;
import com.amrs.e2e.support.PlantDatabase.Archive;
import com.amrs.e2e.support.PlcReader;
import com.amrs.e2e.support.ReportPdf;
import com.amrs.e2e.support.Repository;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * The plant as a user starts it: {@code ./amrs up} on the jars the other modules built. One story,
 * in order: the stack comes up, a poll travels from the PLC through the database to the REST API and
 * the live stream, a report shows the API's numbers, {@code down} leaves nothing running, and the
 * data survives the next {@code up}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class EndToEndIntegrationTests {

    private static final Duration UP_TIMEOUT = Duration.ofMinutes(5);

    private final Repository repository = Repository.fromSystemProperties();
    private LocalPlant plant;
    private Archive archivedBeforeDown;
    private String secretsOfFirstUp;

    @BeforeAll
    void freshStateDirectory() throws IOException {
        plant = LocalPlant.fresh(repository, Map.of());
    }

    @AfterAll
    void stopWhateverIsLeft() {
        if (plant != null) {
            plant.run(COMMAND_TIMEOUT, "down");
        }
    }

    @Test
    @Order(1)
    void upStartsEveryServiceAndReturnsOnceAllAreHealthy() throws IOException {
        Amrs.Result up = plant.run(UP_TIMEOUT, "up");

        assertThat(up.exitCode()).as(up.toString()).isZero();
        assertThat(up.stdout()).contains("http://localhost:" + plant.apiPort).contains(plant.plcUrl());
        assertThat(plant.api.json("/actuator/health").path("status").asString()).isEqualTo("UP");
        assertThat(plant.reports().resolve("pdf/Report.pdf"))
                .as("the report the pipeline renders at start-up")
                .isNotEmptyFile();
        // through nginx when it is installed, else served by the launcher on the same port
        assertThat(up.stdout()).contains("http://localhost:" + plant.dashboardPort);
        HttpResponse<byte[]> page = plant.dashboard.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(new String(page.body())).contains("<html");
        assertThat(plant.dashboard.json("/api/kpis?days=1").has("total_units"))
                .as("the dashboard's port answers /api from the api-server")
                .isTrue();
        for (Api nobody : List.of(plant.api.anonymous(), plant.dashboard.anonymous())) {
            HttpResponse<byte[]> closed = nobody.get("/api/kpis?days=1");
            assertThat(closed.statusCode())
                    .as("reads need a login by default, at " + nobody.baseUrl())
                    .isEqualTo(401);
            assertThat(closed.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(nobody.get("/api/health").statusCode())
                    .as("health stays open")
                    .isEqualTo(200);
        }
        Amrs.Result status = plant.run(COMMAND_TIMEOUT, "status");
        assertThat(status.exitCode()).as(status.toString()).isZero();
        assertThat(status.stdout().lines().filter(line -> line.contains(" running ")))
                .hasSize(5);
        assertThat(status.stdout().contains("served by the launcher")).isEqualTo(plant.dashboardByLauncher);
        assertThat(plant.run(COMMAND_TIMEOUT, "logs", "-n", "5", "api-server").stdout())
                .isNotBlank();
        plant.assertGeneratedSecrets();
        secretsOfFirstUp = Files.readString(plant.secretsFile());
        assertThat(postProduction(plant.secrets().get("API_KEY")).statusCode())
                .as("the api-server takes the generated API_KEY: an empty record is invalid, not unauthorized")
                .isEqualTo(400);
        assertThat(postProduction("not-the-key-0000").statusCode()).isEqualTo(401);
        JsonNode me = plant.api.json("/api/me");
        assertThat(me.path("username").asString())
                .as("the login the first up printed: " + me)
                .isEqualTo("admin");
        assertThat(me.path("role").asString()).isEqualToIgnoringCase("admin");
        assertThat(up.stdout())
                .as("the first up shows the admin's login once")
                .contains("./amrs generated DB_PASSWORD API_KEY AMRS_ADMIN_PASSWORD into " + plant.secretsFile())
                .contains("Admin login      admin / " + plant.secrets().get("AMRS_ADMIN_PASSWORD"))
                .contains("Login            needed to read and write: admin with AMRS_ADMIN_PASSWORD")
                .doesNotContain(plant.secrets().get("DB_PASSWORD"))
                .doesNotContain(plant.secrets().get("API_KEY"));
    }

    @Test
    @Order(2)
    void secondUpSaysItIsRunningAndStartsNothing() {
        Map<String, Long> before = plant.pids();

        Amrs.Result again = plant.run(COMMAND_TIMEOUT, "up");

        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.stdout()).contains("already running").doesNotContain("./amrs generated");
        assertThat(plant.pids()).isEqualTo(before);
    }

    @Test
    @Order(3)
    void pollTravelsFromThePlcThroughTheDatabaseToTheRestApi() throws Exception {
        try (PlcReader plc = PlcReader.connect(plant.plcUrl(), MACHINES)) {
            QuietSnapshot first = QuietSnapshot.take(plc, plant, null);
            first.assertDatabaseAndKpisAgree();

            // a later moment, after the machines produced: the API grew by what the PLC counted
            QuietSnapshot second = QuietSnapshot.take(plc, plant, first);
            if (!second.productionDate().equals(first.productionDate())) {
                // midnight passed: today's totals started again
                first = second;
                second = QuietSnapshot.take(plc, plant, first);
            }
            second.assertDatabaseAndKpisAgree();
            for (String machine : MACHINES) {
                PlcReader.Counters plcBefore = first.plc().get(machine);
                PlcReader.Counters plcAfter = second.plc().get(machine);
                assertThat(second.units(machine) - first.units(machine))
                        .as("units of %s the REST API added, against the PLC's TotalCount", machine)
                        .isEqualTo(plcAfter.totalCount() - plcBefore.totalCount());
                assertThat(second.defects(machine) - first.defects(machine))
                        .as("defects of %s the REST API added, against the PLC's RejectCount", machine)
                        .isEqualTo(plcAfter.rejectCount() - plcBefore.rejectCount());
            }
        }
    }

    @Test
    @Order(4)
    void everyPollIsBroadcastOnThePlainWebSocket() {
        for (String url :
                List.of("ws://localhost:" + plant.apiPort + "/ws", "ws://localhost:" + plant.dashboardPort + "/ws")) {
            JsonNode message = LiveStream.firstLiveUpdate(plant.api, URI.create(url), Duration.ofSeconds(30));

            assertThat(message.path("type").asString()).as(url).isEqualTo("live_update");
            assertThat(message.path("timestamp").asString()).as(url).isNotBlank();
            assertThat(message.path("data")
                            .valueStream()
                            .map(m -> m.path("machine_id").asString()))
                    .as(url)
                    .containsExactlyInAnyOrderElementsOf(MACHINES);
            assertThat(message.path("data").get(0).has("units_produced")).isTrue();
        }
    }

    @Test
    @Order(4)
    void plcCheckReadsEveryNodeOfTheRunningSimulator() {
        Amrs.Result check = plant.run(LocalPlant.COMMAND_TIMEOUT, "plc-check");

        assertThat(check.exitCode()).as(check.toString()).isZero();
        assertThat(check.stdout())
                .contains("PLC sim at " + plant.plcUrl())
                .containsPattern(
                        "OPC-UA-M2 +total_count +nsu=urn:amrs:plc-simulator;s=OPC-UA-M2.TotalCount +UInt64 +\\d+ +Good")
                .contains("every node is readable and usable");
        assertThat(plant.api
                        .json("/api/health")
                        .path("plcs")
                        .get(0)
                        .path("state")
                        .asString())
                .isEqualTo("connected");
    }

    @Test
    @Order(5)
    void aCrashedServiceIsStartedAgainAndTheApiServerReadsItAgain() {
        long crashed = plant.amrs.pid("plc-simulator").orElseThrow();
        ProcessHandle.of(crashed).orElseThrow().destroyForcibly();

        await().atMost(Duration.ofSeconds(60))
                .until(() -> plant.amrs
                        .pid("plc-simulator")
                        .filter(pid -> pid != crashed)
                        .filter(Amrs::running)
                        .isPresent());
        Instant restarted = Instant.now();
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            JsonNode plc = plant.api.json("/api/health").path("plcs").get(0);
            assertThat(plc.path("state").asString()).isEqualTo("connected");
            assertThat(Instant.parse(plc.path("last_poll").asString())).isAfter(restarted);
        });
        Amrs.Result status = plant.run(COMMAND_TIMEOUT, "status");
        assertThat(status.exitCode()).as(status.toString()).isZero();
        assertThat(plant.run(COMMAND_TIMEOUT, "logs", "-n", "200", "plc-simulator")
                        .stdout())
                .contains("plc-simulator crashed (exit 137); restarts in 1 s")
                .contains("restarts plc-simulator");
    }

    @Test
    @Order(6)
    void statusFailsWhileAServiceIsDown() {
        ProcessHandle simulator =
                ProcessHandle.of(plant.amrs.pid("plc-simulator").orElseThrow()).orElseThrow();
        simulator.destroy();
        await().atMost(Duration.ofSeconds(30)).until(() -> !Amrs.running(simulator.pid()));

        // the supervisor notes the exit within its next look (half a second)
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Amrs.Result status = plant.run(COMMAND_TIMEOUT, "status");
            assertThat(status.exitCode()).as(status.toString()).isNotZero();
            assertThat(status.stdout())
                    .as("stopped on purpose (SIGTERM): the launcher leaves it stopped")
                    .containsPattern("(?m)^plc-simulator +stopped +\\(exit 143\\)$")
                    .containsPattern("(?m)^api-server +running");
        });
        assertThat(plant.amrs.pid("plc-simulator")).as("not started again").hasValue(simulator.pid());
    }

    @Test
    @Order(7)
    void reportShowsTheKpisOfTheRestApi() throws Exception {
        // with the PLC gone no poll stores anything: the records' figures hold still
        AtomicReference<JsonNode> previous = new AtomicReference<>(plant.api.json("/api/kpis?days=7"));
        await().atMost(Duration.ofSeconds(90))
                .pollDelay(Duration.ofSeconds(3))
                .pollInterval(Duration.ofSeconds(3))
                .until(() -> recordFigures(previous.getAndSet(plant.api.json("/api/kpis?days=7")))
                        .equals(recordFigures(previous.get())));
        JsonNode kpis = previous.get();
        assertThat(kpis.path("total_units").asLong()).isPositive();

        Amrs.Result report = plant.run(COMMAND_TIMEOUT, "report");
        JsonNode kpisAfter = plant.api.json("/api/kpis?days=7");

        assertThat(report.exitCode()).as(report.toString()).isZero();
        Path pdf = Path.of(report.lastLine());
        assertThat(pdf.getFileName().toString()).matches("Report_\\d{4}-\\d{2}-\\d{2}\\.pdf");
        ReportPdf figures = ReportPdf.read(pdf);
        assertThat(figures.count("Total Units"))
                .isEqualTo(kpis.path("total_units").asLong());
        assertThat(figures.count("Total Defects"))
                .isEqualTo(kpis.path("total_defects").asLong());
        assertThat(figures.decimal("Yield", "%")).isEqualByComparingTo(decimal(kpis, "yield_percentage"));
        assertThat(figures.decimal("Average Downtime", "min")).isEqualByComparingTo(decimal(kpis, "avg_downtime"));
        // OEE's planned time runs on while nothing is made, so OEE only falls: the report's, computed between
        // the two reads of the API, lies between them
        assertThat(figures.decimal("OEE", "%")).isBetween(decimal(kpisAfter, "oee"), decimal(kpis, "oee"));
        HttpResponse<byte[]> latest = plant.api.get("/api/reports/latest");
        assertThat(latest.statusCode()).isEqualTo(200);
        assertThat(latest.body()).as("the PDF the api-server serves").isEqualTo(Files.readAllBytes(pdf));
        archivedBeforeDown = plant.database().archive();
    }

    @Test
    @Order(8)
    void downStopsEverythingItStarted() {
        Map<String, Long> started = plant.pids();
        assertThat(started).containsKeys("postgres", "api-server", "reporting-pipeline");

        Amrs.Result down = plant.run(COMMAND_TIMEOUT, "down");

        assertThat(down.exitCode()).as(down.toString()).isZero();
        plant.assertNothingRuns(started);
    }

    @Test
    @Order(9)
    void dataSurvivesDownAndUp() throws Exception {
        assertThat(archivedBeforeDown)
                .as("the archive before down (an earlier test failed)")
                .isNotNull();

        Amrs.Result up = plant.run(UP_TIMEOUT, "up");

        assertThat(up.exitCode()).as(up.toString()).isZero();
        assertThat(Files.readString(plant.secretsFile()))
                .as("the secrets of the first up, reused")
                .isEqualTo(secretsOfFirstUp);
        assertThat(up.stdout())
                .doesNotContain("./amrs generated")
                .doesNotContain(plant.secrets().get("AMRS_ADMIN_PASSWORD"));
        assertThat(plant.database().archiveUpTo(archivedBeforeDown.maxId())).isEqualTo(archivedBeforeDown);
        assertThat(plant.api.json("/api/kpis?days=7").path("total_units").asLong())
                .isGreaterThanOrEqualTo(archivedBeforeDown.units());
        Map<String, Long> started = plant.pids();

        Amrs.Result down = plant.run(COMMAND_TIMEOUT, "down");

        assertThat(down.exitCode()).as(down.toString()).isZero();
        plant.assertNothingRuns(started);
    }

    private HttpResponse<String> postProduction(String apiKey) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(plant.api.baseUrl() + "/api/production"))
                .header("Content-Type", "application/json")
                .header("X-API-Key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        try {
            return plant.api.client().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static BigDecimal decimal(JsonNode kpis, String field) {
        return kpis.path(field).decimalValue().setScale(2, RoundingMode.HALF_UP);
    }

    /** What the records give, unlike OEE and completeness, whose time runs on with the clock. */
    private static List<JsonNode> recordFigures(JsonNode kpis) {
        return List.of(
                kpis.path("total_units"),
                kpis.path("total_defects"),
                kpis.path("total_downtime_min"),
                kpis.path("yield_percentage"));
    }
}
