package com.amrs.api.downtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.api.production.ProductionStore;
import com.amrs.api.production.StopWrite;
import com.amrs.api.support.RestIntegrationTest;
import com.amrs.core.downtime.ReasonCatalogue;
import com.amrs.core.downtime.StopReason;
import com.amrs.core.machine.MachineState;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * {@code /api/downtime} over stops written the way the collector writes them (DESIGN.md §14), the clock at
 * 2026-01-26 10:00 UTC: M1 a 3 min jam and a 40 s micro-jam, M2 a 20 min changeover and a stop without
 * reason open since 09:50.
 */
class DowntimeIntegrationTests extends RestIntegrationTest {

    private static final ReasonCatalogue CATALOGUE = ReasonCatalogue.defaults();

    @Autowired
    ProductionStore store;

    @BeforeEach
    void stops() {
        store.store(
                List.of(),
                List.of(),
                List.of(
                        stop("M1", "08:00:00", "08:03:00", 101),
                        stop("M1", "09:00:00", "09:00:40", 101),
                        stop("M2", "07:00:00", "07:20:00", 801),
                        stop("M2", "09:50:00", null, 0)));
    }

    @Test
    void listsTheStopsNewestFirstInPages() {
        var first = assertThat(mvc.get().uri("/api/downtime?days=1&size=3"))
                .hasStatusOk()
                .bodyJson();
        first.extractingPath("$.total").isEqualTo(4);
        first.extractingPath("$.stops[*].started_at")
                .asArray()
                .containsExactly("2026-01-26T09:50:00Z", "2026-01-26T09:00:00Z", "2026-01-26T08:00:00Z");
        first.extractingPath("$.stops[0].ended_at").isNull();
        first.extractingPath("$.stops[0].reason").isEqualTo("Unassigned");
        first.extractingPath("$.stops[1].duration_sec").isEqualTo(40.0);

        var second = assertThat(mvc.get().uri("/api/downtime?days=1&size=3&page=1"))
                .hasStatusOk()
                .bodyJson();
        second.extractingPath("$.stops[*].reason").asArray().containsExactly("Planned changeover");
        assertThat(mvc.get().uri("/api/downtime?days=1&machine=M1"))
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(2);
        assertThat(mvc.get().uri("/api/downtime?size=1001")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/api/downtime?machine=NOPE"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("urn:amrs:problem:unknown-machine");
        assertThat(mvc.get().uri("/api/downtime/pareto?machine=NOPE")).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void paretoGivesEachReasonItsStopsAndMinutesMostFirstSummingToAllTheDowntime() {
        var json = assertThat(mvc.get().uri("/api/downtime/pareto?days=1"))
                .hasStatusOk()
                .bodyJson();

        json.extractingPath("$[*].reason")
                .asArray()
                .containsExactly("Planned changeover", "Unassigned", "Jam at infeed");
        json.extractingPath("$[0].category").isEqualTo("planned");
        json.extractingPath("$[1].minutes").as("open until now").isEqualTo(10.0);
        json.extractingPath("$[2].stops").isEqualTo(2);
        json.extractingPath("$[2].minutes").isEqualTo(3.67);
        json.extractingPath("$[2].reason_code").isEqualTo(101);
        // 20 + 10 + 3 2/3 = 33 2/3 minutes
        json.extractingPath("$[0].share_percent").isEqualTo(59.41);
        json.extractingPath("$[1].share_percent").isEqualTo(29.7);
        json.extractingPath("$[2].share_percent").isEqualTo(10.89);
    }

    @Test
    void aReasonAssignedToAStopChargesItAndTheRowsThatContinueIt() {
        long open = idOf("M2", "09:50:00");

        var json = assertThat(put(open, "{\"reason_code\":422,\"comment\":\"no caps from the warehouse\"}", API_KEY))
                .hasStatusOk()
                .bodyJson();
        json.extractingPath("$.reason").isEqualTo("Material shortage");
        json.extractingPath("$.reason_code").isEqualTo(422);
        json.extractingPath("$.assigned_by").isEqualTo("api-key");
        json.extractingPath("$.comment").isEqualTo("no caps from the warehouse");

        // the collector splits the still open stop at the shift change of 14:00: the reason goes with it
        StopWrite before = stop("M2", "09:50:00", null, 0);
        store.store(
                List.of(),
                List.of(),
                List.of(
                        before.endedAt(at("14:00:00")),
                        new StopWrite(
                                "M2",
                                at("14:00:00"),
                                null,
                                MachineState.DOWN,
                                null,
                                StopReason.UNASSIGNED,
                                TODAY,
                                "B")));
        assertThat(jdbc.sql("select reason, assigned_by, ended_at is null from machine_stops where machine_id = 'M2'"
                                + " and started_at >= '2026-01-26T09:50:00Z' order by started_at")
                        .query((rs, i) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getBoolean(3))
                        .list())
                .containsExactly("Material shortage api-key false", "Material shortage api-key true");
    }

    @Test
    void refusesAnUnknownReasonALongCommentAMissingStopAndAMissingKeyChangingNothing() {
        long id = idOf("M1", "08:00:00");

        var unknown = assertThat(put(id, "{\"reason_code\":999}", API_KEY))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson();
        unknown.extractingPath("$.errors[0].field").isEqualTo("reason_code");
        unknown.extractingPath("$.detail").isEqualTo("The reason assignment is invalid; nothing was changed.");
        assertThat(put(id, "{\"reason_code\":422,\"comment\":\"" + "x".repeat(501) + "\"}", API_KEY))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("comment");
        assertThat(put(id, "{}", API_KEY)).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(put(123456789, "{\"reason_code\":422}", API_KEY))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(put(id, "{\"reason_code\":422}", "wrong-key")).hasStatus(HttpStatus.UNAUTHORIZED);

        assertThat(jdbc.sql("select reason from machine_stops where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("Jam at infeed");
    }

    @Test
    void aReasonGoesToTheStopAMachineIsInNowNeverToARunningMachine() {
        var json = assertThat(putForMachine("M2", "{\"reason_code\":204}"))
                .hasStatusOk()
                .bodyJson();
        json.extractingPath("$.id").isEqualTo((int) idOf("M2", "09:50:00"));
        json.extractingPath("$.reason").isEqualTo("Motor overload");

        // OPC-UA-M9 is in the machine catalogue and has no open stop: it runs
        var running = assertThat(putForMachine("OPC-UA-M9", "{\"reason_code\":204}"))
                .hasStatus(HttpStatus.CONFLICT)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson();
        running.extractingPath("$.type").isEqualTo("urn:amrs:problem:machine-not-stopped");
        running.extractingPath("$.detail").asString().contains("OPC-UA-M9");
        assertThat(putForMachine("NOPE", "{\"reason_code\":204}")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(putForMachine("M2", "{\"reason_code\":999}")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(jdbc.sql("select count(*) from machine_stops where assigned_by is not null")
                        .query(Long.class)
                        .single())
                .as("only the one stop got a reason")
                .isEqualTo(1);
    }

    private MvcTestResult putForMachine(String machine, String body) {
        return mvc.put()
                .uri("/api/machines/" + machine + "/stop/reason")
                .header("X-API-Key", API_KEY)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    private MvcTestResult put(long id, String body, String key) {
        return mvc.put()
                .uri("/api/downtime/" + id + "/reason")
                .header("X-API-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    private long idOf(String machine, String start) {
        return jdbc.sql("select id from machine_stops where machine_id = ? and started_at = ?")
                .params(machine, java.sql.Timestamp.from(at(start)))
                .query(Long.class)
                .single();
    }

    private static StopWrite stop(String machine, String start, String end, int fault) {
        Integer code = fault == 0 ? null : fault;
        return new StopWrite(
                machine,
                at(start),
                end == null ? null : at(end),
                fault == 801 ? MachineState.IDLE : MachineState.DOWN,
                code,
                CATALOGUE.ofFault(code),
                TODAY,
                "A");
    }

    private static Instant at(String time) {
        return Instant.parse(TODAY + "T" + time + "Z");
    }
}
