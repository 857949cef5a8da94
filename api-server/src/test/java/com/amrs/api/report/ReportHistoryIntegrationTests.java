package com.amrs.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * The report history (DESIGN.md §16) over real HTTP: {@code GET /api/reports} newest first in pages with the
 * total in {@code X-Total-Count}, and each report's PDF and workbook byte for byte.
 */
class ReportHistoryIntegrationTests extends ReportsApiTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void listsNewestFirstWithExactlyTheDesignsFields() {
        byte[] pdf = pdf(1000);
        long old = insertReport(Instant.parse("2026-01-19T08:00:00Z"), "scheduled", null, pdf(10), null);
        long onDemand = insertReport(
                Instant.parse("2026-01-26T09:00:00Z"), "on-demand", List.of("OPC-UA-M9", "M2"), pdf, workbook(10));
        long startup = insertReport(Instant.parse("2026-01-26T09:00:00Z"), "startup", null, pdf(20), workbook(20));

        HttpResponse<byte[]> response = get("/api/reports");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Content-Type")).startsWith("application/json");
        assertThat(header(response, "X-Total-Count")).isEqualTo("3");
        JsonNode list = json(response);
        assertThat(list.findValuesAsString("id"))
                .as("generated_at desc, then id desc")
                .containsExactly("" + startup, "" + onDemand, "" + old);
        JsonNode report = list.get(1);
        assertThat(report.propertyNames())
                .containsExactlyInAnyOrder(
                        "id",
                        "kind",
                        "period_start",
                        "period_end",
                        "machines",
                        "created_at",
                        "pdf_bytes",
                        "mail_status",
                        "pdf_url",
                        "xlsx_url");
        assertThat(report.path("kind").asString()).isEqualTo("on-demand");
        assertThat(report.path("period_start").asString()).isEqualTo("2026-01-19");
        assertThat(report.path("period_end").asString()).isEqualTo("2026-01-25");
        assertThat(report.path("machines").valueStream().map(JsonNode::asString))
                .containsExactly("OPC-UA-M9", "M2");
        assertThat(report.path("created_at").asString()).isEqualTo("2026-01-26T09:00:00Z");
        assertThat(report.path("pdf_bytes").asLong()).isEqualTo(pdf.length);
        assertThat(report.path("mail_status").asString()).isEqualTo("sent");
        assertThat(report.path("pdf_url").asString()).isEqualTo("/api/reports/" + onDemand + "/pdf");
        assertThat(report.path("xlsx_url").asString()).isEqualTo("/api/reports/" + onDemand + "/xlsx");
        JsonNode earlier = list.get(2);
        assertThat(earlier.path("kind").asString()).isEqualTo("scheduled");
        assertThat(earlier.get("machines").isNull()).as("every machine").isTrue();
        assertThat(earlier.get("xlsx_url").isNull())
                .as("a report without workbook")
                .isTrue();
    }

    @Test
    void pagesThroughTheHistoryWithTheTotalInAHeader() {
        for (int day = 1; day <= 5; day++) {
            insertReport(Instant.parse("2026-01-2" + day + "T08:00:00Z"), "scheduled", null, pdf(10), null);
        }

        HttpResponse<byte[]> second = get("/api/reports?page=1&size=2");
        HttpResponse<byte[]> beyond = get("/api/reports?page=3&size=2");

        assertThat(header(second, "X-Total-Count")).isEqualTo("5");
        assertThat(json(second).findValuesAsString("created_at"))
                .containsExactly("2026-01-23T08:00:00Z", "2026-01-22T08:00:00Z");
        assertThat(beyond.statusCode()).isEqualTo(200);
        assertThat(json(beyond).isEmpty()).isTrue();
        assertThat(header(beyond, "X-Total-Count")).isEqualTo("5");
        assertThat(json(get("/api/reports")).size()).as("20 by default").isEqualTo(5);
    }

    @Test
    void anEmptyHistoryIsAnEmptyList() {
        HttpResponse<byte[]> response = get("/api/reports");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new String(response.body())).isEqualTo("[]");
        assertThat(header(response, "X-Total-Count")).isEqualTo("0");
    }

    @ParameterizedTest
    @CsvSource({"size=0, size", "size=101, size", "page=-1, page", "size=x, size", "page=1.5, page"})
    void refusesPagesOutsideTheirRangeNamingTheParameter(String query, String field) {
        HttpResponse<byte[]> response = get("/api/reports?" + query);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(header(response, "Content-Type")).startsWith("application/problem+json");
        assertThat(json(response).at("/errors/0/field").asString()).isEqualTo(field);
    }

    @Test
    void downloadsThePdfByteForByteInSlicesAcrossTheirBorders() {
        // over two slices of ByteaResource: the bytes are read in three queries and must join seamlessly
        byte[] pdf = pdf(2 * ByteaResource.SLICE + 12_345);
        long id = insertReport(Instant.parse("2026-01-26T08:00:00Z"), "scheduled", null, pdf, workbook(10));

        HttpResponse<byte[]> response = get("/api/reports/" + id + "/pdf");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Content-Type")).isEqualTo("application/pdf");
        assertThat(header(response, "Content-Disposition")).isEqualTo("attachment; filename=\"Report_2026-01-26.pdf\"");
        assertThat(header(response, "Content-Length")).isEqualTo("" + pdf.length);
        assertThat(response.body()).isEqualTo(pdf);
        assertThat(get("/api/reports/latest").body())
                .as("the newest PDF, as before")
                .isEqualTo(pdf);
    }

    @Test
    void downloadsTheWorkbookByteForByteNamedLikeThePdf() {
        byte[] xlsx = workbook(ByteaResource.SLICE + 1);
        long id = insertReport(Instant.parse("2026-01-26T08:00:00Z"), "scheduled", null, pdf(10), xlsx);

        HttpResponse<byte[]> response = get("/api/reports/" + id + "/xlsx");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Content-Type")).isEqualTo(XLSX);
        assertThat(header(response, "Content-Disposition"))
                .isEqualTo("attachment; filename=\"Report_2026-01-26.xlsx\"");
        assertThat(response.body()).isEqualTo(xlsx);
    }

    @Test
    void answersARangeFromTheSlicesItCovers() {
        byte[] pdf = pdf(2 * ByteaResource.SLICE);
        long id = insertReport(Instant.parse("2026-01-26T08:00:00Z"), "scheduled", null, pdf, null);
        int from = ByteaResource.SLICE - 10;

        HttpResponse<byte[]> response =
                get("/api/reports/" + id + "/pdf", "Range", "bytes=" + from + "-" + (from + 19));

        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.body()).isEqualTo(Arrays.copyOfRange(pdf, from, from + 20));
    }

    @Test
    void anUnknownReportOrAMissingWorkbookIsNotFound() {
        long earlier = insertReport(Instant.parse("2026-01-26T08:00:00Z"), "scheduled", null, pdf(10), null);

        for (String path :
                List.of("/api/reports/424242/pdf", "/api/reports/424242/xlsx", "/api/reports/" + earlier + "/xlsx")) {
            HttpResponse<byte[]> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(header(response, "Content-Type")).as(path).startsWith("application/problem+json");
            assertThat(json(response).path("type").asString()).isEqualTo("urn:amrs:problem:not-found");
        }
        assertThat(json(get("/api/reports/" + earlier + "/xlsx")).path("detail").asString())
                .contains("no workbook");
        assertThat(get("/api/reports/abc/pdf").statusCode()).isEqualTo(400);
    }
}
