package com.amrs.e2e;

import static com.amrs.e2e.LocalPlant.COMMAND_TIMEOUT;
import static com.amrs.e2e.LocalPlant.MACHINES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.amrs.e2e.support.Amrs;
import com.amrs.e2e.support.Repository;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * {@code ./amrs up} where nginx is absent ({@code AMRS_NGINX=off} stands for that here): the
 * launcher serves the dashboard on its port with the same files, headers and proxying, as a process of its
 * own, and {@code down} frees that port with the rest. A plant of its own, next to the one of {@link EndToEndIntegrationTests}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class DashboardWithoutNginxIntegrationTests {

    private static final Duration UP_TIMEOUT = Duration.ofMinutes(5);

    private final Repository repository = withOwnStateDirectory(Repository.fromSystemProperties());
    private LocalPlant plant;

    @BeforeAll
    void freshStateDirectory() throws IOException {
        plant = LocalPlant.fresh(repository, Map.of("AMRS_NGINX", "off"));
    }

    @AfterAll
    void stopWhateverIsLeft() {
        if (plant != null) {
            plant.run(COMMAND_TIMEOUT, "down");
        }
    }

    @Test
    @Order(1)
    void upServesTheDashboardFromTheLauncher() {
        Amrs.Result up = plant.run(UP_TIMEOUT, "up");

        assertThat(up.exitCode()).as(up.toString()).isZero();
        assertThat(up.stdout())
                .contains("http://localhost:" + plant.dashboardPort + "  (served by the launcher: AMRS_NGINX=off)");
        Amrs.Result status = plant.run(COMMAND_TIMEOUT, "status");
        assertThat(status.exitCode()).as(status.toString()).isZero();
        long dashboard = plant.amrs.pid("dashboard").orElseThrow();
        assertThat(dashboard)
                .as("a process of its own, not the api-server's")
                .isNotEqualTo(plant.amrs.pid("api-server").orElseThrow());
        assertThat(ProcessHandle.of(dashboard).flatMap(p -> p.info().commandLine()))
                .hasValueSatisfying(line -> assertThat(line).contains("launcher.jar serve-dashboard"));
        assertThat(status.stdout())
                .containsPattern("(?m)^dashboard +running +pid " + dashboard + " +http://localhost:"
                        + plant.dashboardPort + " \\(served by the launcher\\)$");
    }

    @Test
    @Order(2)
    void dashboardPortServesThePageButNotTheBuildFiles() throws IOException {
        HttpResponse<byte[]> page = plant.dashboard.get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).isEqualTo(Files.readAllBytes(repository.file("dashboard/index.html")));
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));
        assertThat(plant.dashboard.get("/js/main.js").headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
        assertThat(plant.dashboard.get("/pom.xml").statusCode()).isEqualTo(404);
        assertThat(plant.api.get("/index.html").statusCode())
                .as("the API's port serves no page")
                .isEqualTo(404);
    }

    @Test
    @Order(3)
    void kpisThroughTheDashboardPortAreThoseOfTheApiPort() {
        // every poll (1 s) moves them: compare a read through the dashboard with two equal direct ones
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode before = plant.api.json("/api/kpis?days=7");
            JsonNode throughDashboard = plant.dashboard.json("/api/kpis?days=7");
            JsonNode after = plant.api.json("/api/kpis?days=7");
            assertThat(after).as("no poll between the reads").isEqualTo(before);
            assertThat(throughDashboard).isEqualTo(before);
        });
    }

    @Test
    @Order(4)
    void liveStreamReachesThePageThroughTheDashboardPort() {
        String page = "http://localhost:" + plant.dashboardPort;

        JsonNode message = LiveStream.firstLiveUpdate(
                plant.api, URI.create("ws://localhost:" + plant.dashboardPort + "/ws"), page, Duration.ofSeconds(30));

        assertThat(message.path("type").asString()).isEqualTo("live_update");
        assertThat(message.path("data")
                        .valueStream()
                        .map(m -> m.path("machine_id").asString()))
                .containsExactlyInAnyOrderElementsOf(MACHINES);
    }

    @Test
    @Order(5)
    void downStopsTheLaunchersDashboardAndFreesItsPort() {
        var started = plant.pids();
        assertThat(started).containsKeys("api-server", "dashboard");

        Amrs.Result down = plant.run(COMMAND_TIMEOUT, "down");

        assertThat(down.exitCode()).as(down.toString()).isZero();
        plant.assertNothingRuns(started);
    }

    private static Repository withOwnStateDirectory(Repository shared) {
        return new Repository(shared.root(), shared.home().resolveSibling("amrs-home-without-nginx"), shared.pgsql());
    }
}
