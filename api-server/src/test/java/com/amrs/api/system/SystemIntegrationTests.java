package com.amrs.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.api.support.RestIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** The service's own endpoints, the problem details of bad requests, CORS, OpenAPI and metrics. */
class SystemIntegrationTests extends RestIntegrationTest {

    @Test
    void rootListsNameVersionAndEndpoints() {
        var json = assertThat(mvc.get().uri("/")).hasStatusOk().bodyJson();
        json.extractingPath("$.name").isEqualTo("AMRS api-server");
        json.extractingPath("$.version").asString().isNotBlank();
        json.extractingPath("$.endpoints").asArray().contains("GET /api/kpis?days=7", "POST /api/production");
    }

    @Test
    void plantTellsItsNameTimeZoneAndShifts() {
        var json = assertThat(mvc.get().uri("/api/plant"))
                .hasStatusOk()
                .hasContentType(MediaType.APPLICATION_JSON)
                .bodyJson();
        json.extractingPath("$.name").isEqualTo(PLANT_NAME);
        json.extractingPath("$.plant_id").isEqualTo("default");
        json.extractingPath("$.mode").isEqualTo("plant");
        json.extractingPath("$.timezone").isEqualTo("UTC");
        json.extractingPath("$.shifts[*].name").asArray().containsExactly("A", "B", "C");
        json.extractingPath("$.shifts[*].start").asArray().containsExactly("06:00", "14:00", "22:00");
    }

    @Test
    void healthIsDegradedWithoutThePlc() {
        // the REST tests run without the collector, so the PLC counts as disconnected
        var json = assertThat(mvc.get().uri("/api/health")).hasStatusOk().bodyJson();
        json.extractingPath("$.status").isEqualTo("degraded");
        json.extractingPath("$.database").isEqualTo("up");
        json.extractingPath("$.opcua").isEqualTo("disconnected");
        json.extractingPath("$.timestamp").isEqualTo("2026-01-26T10:00:00Z");
    }

    @ParameterizedTest
    @CsvSource({
        "/api/kpis?days=0",
        "/api/kpis?days=367",
        "/api/kpis?days=-1",
        "/api/kpis?days=abc",
        "/api/kpis?days=1.5",
        "/api/production?days=0",
        "/api/production?days=x",
        "/api/production/hourly?days=367",
        "/api/machines?days=400",
        "/api/machines?days=1e3"
    })
    void refusesDaysOutsideOneTo366(String uri) {
        var json = assertThat(mvc.get().uri(uri))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson();
        json.extractingPath("$.type").isEqualTo("urn:amrs:problem:invalid-request");
        json.extractingPath("$.errors[0].field").isEqualTo("days");
    }

    @Test
    void unknownPathIsAProblemDetail() {
        assertThat(mvc.get().uri("/api/nothing-here"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("urn:amrs:problem:not-found");
    }

    @Test
    void latestReportIsNotFoundWhileThereIsNone() {
        assertThat(mvc.get().uri("/api/reports/latest"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("urn:amrs:problem:no-report");
    }

    @Test
    void servesTheNewestReportAsPdf() {
        insertReport("Report_2026-01-25.pdf", "%PDF-old", Instant.parse("2026-01-25T08:00:00Z"));
        insertReport("Report_2026-01-26.pdf", "%PDF-new", Instant.parse("2026-01-26T08:00:00Z"));

        var result = mvc.get().uri("/api/reports/latest").exchange();

        assertThat(result)
                .hasStatusOk()
                .hasContentType(MediaType.APPLICATION_PDF)
                .hasHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"Report_2026-01-26.pdf\"");
        assertThat(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .isEqualTo("%PDF-new");
    }

    @Test
    void allowsTheDashboardOrigin() {
        assertThat(mvc.options()
                        .uri("/api/kpis")
                        .header(HttpHeaders.ORIGIN, "http://localhost:8080")
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET"))
                .hasStatusOk()
                .hasHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:8080");
        assertThat(mvc.options()
                        .uri("/api/kpis")
                        .header(HttpHeaders.ORIGIN, "http://evil.example")
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET"))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void publishesOpenApiAndSwaggerUi() {
        assertThat(mvc.get().uri("/v3/api-docs"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.paths")
                .asMap()
                .containsKeys("/api/kpis", "/api/production", "/api/machines/live", "/api/health");
        assertThat(mvc.get().uri("/v3/api-docs"))
                .bodyJson()
                .extractingPath("$.components.schemas.KpiSummary.properties")
                .asMap()
                .containsKeys("total_units", "yield_percentage", "period_start");
        assertThat(mvc.get().uri("/swagger-ui.html")).hasStatus3xxRedirection();
    }

    @Test
    void exposesPrometheusMetrics() {
        assertThat(mvc.get().uri("/actuator/prometheus"))
                .hasStatusOk()
                .bodyText()
                .contains("amrs_collector_buffer_size", "amrs_collector_buffer_dropped_total");
    }

    private void insertReport(String fileName, String content, Instant generatedAt) {
        jdbc.sql("""
                        insert into reports (generated_at, period_start, period_end, file_name, content, kind)
                        values (?, ?, ?, ?, ?, 'scheduled')
                        """)
                .params(
                        Timestamp.from(generatedAt),
                        Date.valueOf("2026-01-19"),
                        Date.valueOf("2026-01-25"),
                        fileName,
                        content.getBytes(StandardCharsets.UTF_8))
                .update();
    }
}
