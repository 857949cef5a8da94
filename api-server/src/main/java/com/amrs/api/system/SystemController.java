package com.amrs.api.system;

import com.amrs.api.plc.PlcStatus;
import com.amrs.api.plc.PlcStatuses;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /} (what this service offers) and {@code GET /api/health} (DESIGN.md §7). */
@RestController
class SystemController {

    static final List<String> ENDPOINTS = List.of(
            "GET /api/health",
            "GET /api/plant",
            "GET /api/plants",
            "GET /api/websocket/status",
            "WS /ws",
            "STOMP /stomp (/topic/live, /topic/kpis, /topic/stops, /topic/alerts)",
            "GET /api/kpis?days=7",
            "GET /api/production?days=7",
            "GET /api/production/hourly?days=1",
            "POST /api/production",
            "GET /api/machines?days=7",
            "GET /api/machines/{machine_id}?days=7",
            "GET /api/machines/live",
            "GET /api/machines/{machine_id}/timeline?date=",
            "GET /api/downtime?days=7",
            "GET /api/downtime/pareto?days=7",
            "GET /api/downtime/reasons",
            "PUT /api/downtime/{id}/reason",
            "PUT /api/machines/{id}/stop/reason",
            "GET /api/oee/losses?days=7",
            "GET /api/oee/daily?days=30",
            "GET /api/reports/latest",
            "GET /api/reports?page=0&size=20",
            "GET /api/reports/{id}/pdf",
            "GET /api/reports/{id}/xlsx",
            "POST /api/reports/{id}/mail",
            "POST /api/reports",
            "GET /api/reports/jobs/{id}",
            "POST /api/login",
            "GET /api/me",
            "POST /api/logout",
            "GET /api/tokens",
            "POST /api/tokens",
            "DELETE /api/tokens/{id}",
            "GET /v3/api-docs",
            "GET /swagger-ui.html",
            "GET /actuator/health",
            "GET /actuator/prometheus");

    private final DataSource dataSource;
    private final PlcStatuses plcs;
    private final StorageHealth storage;
    private final Clock clock;
    private final String version;
    private final KafkaHealth.Source kafka;

    SystemController(
            DataSource dataSource,
            PlcStatuses plcs,
            StorageHealth storage,
            Clock clock,
            ObjectProvider<BuildProperties> build,
            ObjectProvider<KafkaHealth.Source> kafka) {
        this.dataSource = dataSource;
        this.plcs = plcs;
        this.storage = storage;
        this.clock = clock;
        BuildProperties properties = build.getIfAvailable();
        this.version = properties == null ? "unknown" : properties.getVersion();
        this.kafka = kafka.getIfAvailable();
    }

    record ServiceInfo(String name, String version, List<String> endpoints) {}

    /**
     * {@code opcua} is {@code connected} only while every PLC is; {@code plcs} says which is not, and why;
     * {@code storage} what waits in the spool and what the database refused.
     */
    record Health(
            String status,
            String database,
            String opcua,
            Instant timestamp,
            List<PlcStatus> plcs,
            StorageHealth.Storage storage,
            @JsonInclude(JsonInclude.Include.NON_NULL) KafkaHealth kafka) {}

    @GetMapping("/")
    ServiceInfo root() {
        return new ServiceInfo("AMRS api-server", version, ENDPOINTS);
    }

    @GetMapping("/api/health")
    ResponseEntity<Health> health() {
        boolean database = databaseUp();
        boolean opcua = plcs.allConnected();
        KafkaHealth link = kafka == null ? null : kafka.health();
        boolean linked = link == null || "up".equals(link.state());
        var health = new Health(
                database && opcua && linked ? "healthy" : "degraded",
                database ? "up" : "down",
                opcua ? "connected" : "disconnected",
                clock.instant(),
                plcs.all(),
                storage.storage(),
                link);
        return ResponseEntity.status(database ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .body(health);
    }

    private boolean databaseUp() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(1);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
