package com.amrs.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * Reports on demand (DESIGN.md §16) over real HTTP: {@code POST /api/reports} queues a job in {@code report_jobs}
 * or refuses the request naming each bad field, {@code GET /api/reports/jobs/{id}} follows the job as the
 * reporting pipeline moves it on, and {@code POST /api/reports/{id}/mail} makes a report's mail due again. The
 * plant's today is 2026-01-26 (UTC).
 */
class ReportJobsIntegrationTests extends ReportsApiTest {

    @Test
    void queuesAValidRequestAnswering202WithTheJob() {
        long audited = auditedRequests();

        HttpResponse<byte[]> response = post("/api/reports", """
                {"from":"2026-01-01","to":"2026-01-26","machines":["OPC-UA-M9","OPC-UA-M9"],
                 "mail_to":["a@b.c","ops@example.com","A@B.c"]}""", API_KEY);

        assertThat(response.statusCode()).isEqualTo(202);
        long id = jdbc.sql("select id from report_jobs").query(Long.class).single();
        assertThat(header(response, "Location")).isEqualTo("/api/reports/jobs/" + id);
        JsonNode job = json(response);
        assertThat(job.propertyNames())
                .containsExactlyInAnyOrder(
                        "id",
                        "state",
                        "report_id",
                        "error",
                        "period_start",
                        "period_end",
                        "machines",
                        "mail_to",
                        "requested_by",
                        "created_at",
                        "started_at",
                        "finished_at");
        assertThat(job.path("id").asLong()).isEqualTo(id);
        assertThat(job.path("state").asString()).isEqualTo("queued");
        assertThat(job.get("report_id").isNull()).isTrue();
        assertThat(job.get("error").isNull()).isTrue();
        assertThat(job.path("period_start").asString()).isEqualTo("2026-01-01");
        assertThat(job.path("period_end").asString()).isEqualTo("2026-01-26");
        assertThat(texts(job.path("machines"))).as("repeats count once").containsExactly("OPC-UA-M9");
        assertThat(texts(job.path("mail_to"))).containsExactly("a@b.c", "ops@example.com");
        assertThat(job.path("requested_by").asString()).isEqualTo("api-key");
        assertThat(job.path("created_at").isString()).isTrue();
        assertThat(job.get("started_at").isNull()).isTrue();
        assertThat(jdbc.sql("select kind || ' ' || state || ' ' || requested_by from report_jobs")
                        .query(String.class)
                        .single())
                .isEqualTo("on-demand queued api-key");
        assertThat(json(get("/api/reports/jobs/" + id)))
                .as("the job as GET shows it")
                .isEqualTo(job);
        assertThat(auditedRequests()).isEqualTo(audited + 1);
    }

    @Test
    void withoutMachinesOrAddressesTheReportCoversEveryMachineAndGoesToTheReceivers() {
        post("/api/reports", "{\"from\":\"2026-01-26\",\"to\":\"2026-01-26\"}", API_KEY);
        post("/api/reports", "{\"from\":\"2025-01-26\",\"to\":\"2026-01-26\",\"machines\":[],\"mail_to\":[]}", API_KEY);

        assertThat(jdbc.sql("select count(*) from report_jobs where machines is null and mail_to is null")
                        .query(Long.class)
                        .single())
                .as("an empty list is as none, and 366 days are allowed")
                .isEqualTo(2);
    }

    @Test
    void takesTwentyDistinctAddresses() {
        List<String> addresses = IntStream.rangeClosed(1, 20)
                .mapToObj(i -> "\"user" + i + "@example.com\"")
                .toList();
        String body = "{\"from\":\"2026-01-01\",\"to\":\"2026-01-02\",\"mail_to\":[" + String.join(",", addresses)
                + ",\"USER1@example.com\"]}";

        HttpResponse<byte[]> response = post("/api/reports", body, API_KEY);

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(json(response).path("mail_to").size()).isEqualTo(20);
    }

    @ParameterizedTest(name = "{0} names {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {}                                                                        | from,to
            {"from":"2026-01-01"}                                                     | to
            {"from":"2026-13-01","to":"2026-01-02"}                                   | from
            {"from":"yesterday","to":"2026-01-02"}                                    | from
            {"from":"2026-01-01","to":"2026-02-30"}                                   | to
            {"from":"2026-01-10","to":"2026-01-09"}                                   | from
            {"from":"2025-01-25","to":"2026-01-26"}                                   | from
            {"from":"2026-01-20","to":"2026-01-27"}                                   | to
            {"from":"2026-01-28","to":"2026-01-27"}                                   | to,from
            {"from":"2026-01-01","to":"2026-01-02","machines":["OPC-UA-M9","NOPE"]}   | machines[1]
            {"from":"2026-01-01","to":"2026-01-02","machines":[""]}                   | machines[0]
            {"from":"2026-01-01","to":"2026-01-02","mail_to":["a@b.c","not mail"]}    | mail_to[1]
            {"from":"2026-01-01","to":"2026-01-02","mail_to":["Ops <ops@example.com>"]} | mail_to[0]
            {"from":"2026-01-01","to":"2026-01-02","mail_to":["a@b.c, d@e.f"]}        | mail_to[0]
            {"from":"2026-01-01","to":"2026-01-02","mail_to":["a@-b.c"]}              | mail_to[0]
            {"from":"2026-01-01","to":"2026-01-02","mail_to":["a..b@c.d"]}            | mail_to[0]
            {"from":"2026-01-01","to":"2026-01-02","mail_to":["ä@b.c"]}               | mail_to[0]
            {"from":"x","to":"2026-01-02","machines":["NOPE"],"mail_to":["@b.c"]}     | from,machines[0],mail_to[0]
            """)
    void refusesABadRequestNamingEachBadFieldAndQueuesNothing(String body, String fields) {
        HttpResponse<byte[]> response = post("/api/reports", body, API_KEY);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = json(response);
        assertThat(problem.path("type").asString()).isEqualTo("urn:amrs:problem:invalid-request");
        assertThat(problem.path("errors").findValuesAsString("field")).containsExactly(fields.split(","));
        assertThat(count("report_jobs")).isZero();
    }

    @Test
    void refusesMoreThanTwentyAddresses() {
        String addresses = String.join(
                ",",
                IntStream.rangeClosed(1, 21)
                        .mapToObj(i -> "\"u" + i + "@example.com\"")
                        .toList());

        HttpResponse<byte[]> response = post(
                "/api/reports",
                "{\"from\":\"2026-01-01\",\"to\":\"2026-01-02\",\"mail_to\":[" + addresses + "]}",
                API_KEY);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("errors").findValuesAsString("field")).containsExactly("mail_to");
        assertThat(count("report_jobs")).isZero();
    }

    @Test
    void refusesABodyOfTheWrongShapeAndAnAnonymousWrite() {
        HttpResponse<byte[]> wrongShape =
                post("/api/reports", "{\"from\":\"2026-01-01\",\"to\":\"2026-01-02\",\"machines\":{}}", API_KEY);
        HttpResponse<byte[]> anonymous = post("/api/reports", "{\"from\":\"2026-01-01\",\"to\":\"2026-01-02\"}", null);

        assertThat(wrongShape.statusCode()).isEqualTo(400);
        assertThat(json(wrongShape).path("type").asString()).isEqualTo("urn:amrs:problem:malformed-request");
        assertThat(json(wrongShape).at("/errors/0/field").asString()).isEqualTo("machines");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(count("report_jobs")).isZero();
    }

    @Test
    void showsTheJobAsTheReportingPipelineMovesItOn() {
        long id = json(post("/api/reports", "{\"from\":\"2026-01-19\",\"to\":\"2026-01-25\"}", API_KEY))
                .path("id")
                .asLong();
        jdbc.sql("update report_jobs set state = 'running', started_at = ?, worker = 'rp-1' where id = ?")
                .params(Timestamp.from(Instant.parse("2026-01-26T10:00:01Z")), id)
                .update();
        assertThat(json(get("/api/reports/jobs/" + id)).path("state").asString())
                .isEqualTo("running");

        long report = insertReport(Instant.parse("2026-01-26T10:00:05Z"), "on-demand", null, pdf(10), workbook(10));
        jdbc.sql("update report_jobs set state = 'done', finished_at = ?, report_id = ? where id = ?")
                .params(Timestamp.from(Instant.parse("2026-01-26T10:00:06Z")), report, id)
                .update();

        JsonNode done = json(get("/api/reports/jobs/" + id));
        assertThat(done.path("state").asString()).isEqualTo("done");
        assertThat(done.path("report_id").asLong()).isEqualTo(report);
        assertThat(done.path("started_at").asString()).isEqualTo("2026-01-26T10:00:01Z");
        assertThat(done.path("finished_at").asString()).isEqualTo("2026-01-26T10:00:06Z");

        jdbc.sql("update report_jobs set state = 'failed', report_id = null, error = 'no space left' where id = ?")
                .param(id)
                .update();
        JsonNode failed = json(get("/api/reports/jobs/" + id));
        assertThat(failed.path("state").asString()).isEqualTo("failed");
        assertThat(failed.path("error").asString()).isEqualTo("no space left");
    }

    @Test
    void anUnknownJobIsNotFound() {
        HttpResponse<byte[]> response = get("/api/reports/jobs/424242");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).path("type").asString()).isEqualTo("urn:amrs:problem:not-found");
    }

    @Test
    void resendingAReportsMailMakesItDueNowWithFreshRetries() {
        long id = insertReport(Instant.parse("2026-01-26T08:00:00Z"), "scheduled", null, pdf(10), null);
        jdbc.sql("""
                        update reports set mail_status = 'failed', mail_attempts = 9, mail_error = '550 mailbox full',
                                           mail_next_at = null where id = ?""").param(id).update();

        HttpResponse<byte[]> response = post("/api/reports/" + id + "/mail", "", API_KEY);

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(json(response).path("id").asLong()).isEqualTo(id);
        assertThat(json(response).path("mail_status").asString()).isEqualTo("pending");
        assertThat(jdbc.sql("""
                        select mail_status = 'pending' and mail_attempts = 0 and mail_error is null
                               and mail_next_at is null
                               and mail_queued_at > now() - interval '1 minute'
                        from reports where id = ?""").param(id).query(Boolean.class).single())
                .as("due at once, whatever the clocks of the api-server's and the pipeline's hosts")
                .isTrue();
        assertThat(post("/api/reports/424242/mail", "", API_KEY).statusCode()).isEqualTo(404);
        assertThat(post("/api/reports/" + id + "/mail", "", null).statusCode()).isEqualTo(401);
    }

    private long auditedRequests() {
        return jdbc.sql("select count(*) from audit_events where action = 'POST /api/reports' and username = 'api-key'")
                .query(Long.class)
                .single();
    }

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
