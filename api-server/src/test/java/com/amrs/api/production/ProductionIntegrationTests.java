package com.amrs.api.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.api.support.RestIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.json.AbstractJsonContentAssert;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** {@code POST /api/production}: stored when valid and authenticated, refused whole otherwise. */
class ProductionIntegrationTests extends RestIntegrationTest {

    private static final String VALID = """
            {"production_date":"2026-01-26","machine_id":"OPC-UA-M9","shift":"A",
             "units_produced":1000,"defective_units":25,"downtime_min":12.5}""";

    @Test
    void storesAValidRecordAnswering201WithLocation() {
        MvcTestResult result = post(VALID, API_KEY);

        assertThat(result)
                .hasStatus(HttpStatus.CREATED)
                .hasHeader(
                        "Location",
                        "http://localhost/api/production/"
                                + jdbc.sql("select id from live_production")
                                        .query(Long.class)
                                        .single());
        var json = assertThat(result).bodyJson();
        json.extractingPath("$.machine_id").isEqualTo("OPC-UA-M9");
        json.extractingPath("$.units_produced").isEqualTo(1000);
        json.extractingPath("$.defective_units").isEqualTo(25);
        json.extractingPath("$.downtime_min").isEqualTo(12.5);
        json.extractingPath("$.source").isEqualTo("api");
        json.extractingPath("$.recorded_at").isEqualTo("2026-01-26T06:00:00Z");
        assertThat(mvc.get().uri(result.getResponse().getHeader("Location")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.shift")
                .isEqualTo("A");
    }

    @Test
    void aStoredRecordCoversItsShiftAndCountsInTheKpis() {
        post(VALID, API_KEY);

        // the record covers shift A (interval 8 h); OEE's planned time is the calendar's: shift A until 10:00
        // = 240 min, no stops -> availability 100 %; ideal 2.0 s (catalogue) x 1000 / 60 = 33.33 min ->
        // performance 33.33 / 240 = 13.89 %
        var row = jdbc.sql("select interval_sec, ideal_cycle_sec from live_production")
                .query((rs, i) -> new double[] {rs.getDouble(1), rs.getDouble(2)})
                .single();
        assertThat(row).containsExactly(8 * 3600.0, 2.0);
        var json = assertThat(mvc.get().uri("/api/kpis?days=1")).hasStatusOk().bodyJson();
        json.extractingPath("$.total_units").isEqualTo(1000);
        json.extractingPath("$.availability").isEqualTo(100.0);
        json.extractingPath("$.performance").isEqualTo(13.89);
    }

    @Test
    void refusesADuplicateWith409() {
        post(VALID, API_KEY);

        assertProblem(post(VALID, API_KEY), HttpStatus.CONFLICT, "duplicate-record");
        assertThat(count("live_production")).isEqualTo(1);
    }

    @Test
    void refusesAMissingApiKeyWith401() {
        assertProblem(post(VALID, null), HttpStatus.UNAUTHORIZED, "unauthorized");
        assertThat(count("live_production")).isZero();
    }

    @Test
    void refusesAWrongApiKeyWith401() {
        assertProblem(post(VALID, "wrong-key"), HttpStatus.UNAUTHORIZED, "unauthorized");
        assertThat(count("live_production")).isZero();
    }

    @Test
    void refusesNegativeNumbersNamingEachField() {
        String body = VALID.replace("1000", "-5").replace("12.5", "-1");

        var json = assertProblem(post(body, API_KEY), HttpStatus.BAD_REQUEST, "invalid-request");
        json.extractingPath("$.errors[*].field").asArray().containsExactlyInAnyOrder("units_produced", "downtime_min");
        assertThat(count("live_production")).isZero();
    }

    @Test
    void refusesUnitsNoMachineCanMakeInAShiftAsABadFieldNotADuplicate() {
        // shift A's 8 hours at the catalogue's 2 s a unit, times max-rate-factor 10: at most 144,000
        String body = VALID.replace("1000", "9223372036854775000");

        var json = assertProblem(post(body, API_KEY), HttpStatus.BAD_REQUEST, "invalid-request");
        json.extractingPath("$.errors[0].field").isEqualTo("units_produced");
        json.extractingPath("$.errors[0].message").asString().contains("must not exceed 144000");
        assertThat(count("live_production")).isZero();
    }

    @Test
    void capsAMachineTheCatalogueDoesNotKnowAtAThousandUnitsASecond() {
        String body = VALID.replace("1000", "1000000000000").replace("OPC-UA-M9", "PRESS-UNKNOWN");

        var json = assertProblem(post(body, API_KEY), HttpStatus.BAD_REQUEST, "invalid-request");
        json.extractingPath("$.errors[0].field").isEqualTo("units_produced");
        json.extractingPath("$.errors[0].message").asString().contains("must not exceed 28800000");
    }

    @Test
    void refusesDefectsAboveUnits() {
        String body = VALID.replace("\"defective_units\":25", "\"defective_units\":1001");

        var json = assertProblem(post(body, API_KEY), HttpStatus.BAD_REQUEST, "invalid-request");
        json.extractingPath("$.errors[0].field").isEqualTo("defective_units");
        json.extractingPath("$.errors[0].message").asString().contains("must not exceed units_produced");
        assertThat(count("live_production")).isZero();
    }

    @Test
    void refusesMissingFieldsNamingEachOne() {
        var json = assertProblem(post("{}", API_KEY), HttpStatus.BAD_REQUEST, "invalid-request");
        json.extractingPath("$.errors[*].field")
                .asArray()
                .containsExactlyInAnyOrder(
                        "machine_id", "production_date", "shift", "units_produced", "defective_units", "downtime_min");
        assertThat(count("live_production")).isZero();
    }

    @Test
    void refusesAnUnknownShift() {
        var json = assertProblem(
                post(VALID.replace("\"A\"", "\"Z\""), API_KEY), HttpStatus.BAD_REQUEST, "invalid-request");
        json.extractingPath("$.errors[0].field").isEqualTo("shift");
        json.extractingPath("$.errors[0].message").asString().contains("A, B, C");
    }

    @Test
    void refusesDowntimeLongerThanTheShift() {
        var json =
                assertProblem(post(VALID.replace("12.5", "481"), API_KEY), HttpStatus.BAD_REQUEST, "invalid-request");
        json.extractingPath("$.errors[0].field").isEqualTo("downtime_min");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "not json", "[1,2]", "{\"units_produced\":\"many\"}"})
    void refusesMalformedJson(String body) {
        assertProblem(post(body, API_KEY), HttpStatus.BAD_REQUEST, "malformed-request");
        assertThat(count("live_production")).isZero();
    }

    @Test
    void namesTheFieldOfAWrongType() {
        var json = assertProblem(
                post("{\"units_produced\":\"many\"}", API_KEY), HttpStatus.BAD_REQUEST, "malformed-request");
        json.extractingPath("$.errors[0].field").isEqualTo("units_produced");
    }

    @Test
    void unknownRecordIsNotFound() {
        assertProblem(assertableGet("/api/production/424242"), HttpStatus.NOT_FOUND, "not-found");
    }

    private MvcTestResult assertableGet(String uri) {
        return mvc.get().uri(uri).exchange();
    }

    private MvcTestResult post(String body, String apiKey) {
        var request = mvc.post()
                .uri("/api/production")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
        if (apiKey != null) {
            request = request.header("X-API-Key", apiKey);
        }
        return request.exchange();
    }

    private AbstractJsonContentAssert<?> assertProblem(MvcTestResult result, HttpStatus status, String type) {
        var json = assertThat(result)
                .hasStatus(status)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson();
        json.extractingPath("$.type").isEqualTo("urn:amrs:problem:" + type);
        json.extractingPath("$.status").isEqualTo(status.value());
        assertThat(result).bodyText().doesNotContain("Exception", "at com.", "at org.");
        return json;
    }
}
