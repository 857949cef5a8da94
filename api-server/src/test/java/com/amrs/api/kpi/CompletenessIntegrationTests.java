package com.amrs.api.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.api.support.RestIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Completeness (DESIGN.md §13) against hand-counted records. Now is 2026-01-26 10:00 UTC, in shift A
 * (06:00–14:00). M1 was first seen at 06:00 and polled every 5 s until now, except from 06:30 to 06:42:
 * 240 minutes expected, 228 covered (95 %), one gap of 12 minutes.
 */
class CompletenessIntegrationTests extends RestIntegrationTest {

    @BeforeEach
    void pollsEveryFiveSecondsWithAHole() {
        jdbc.sql("truncate rejected_records").update();
        polls("M1", "2026-01-26 06:00:00", "2026-01-26 10:00:00", "2026-01-26 06:30:00", "2026-01-26 06:42:00");
    }

    @Test
    void kpisSayHowMuchOfTheWindowTheRecordsCover() {
        var json = assertThat(mvc.get().uri("/api/kpis?days=1")).hasStatusOk().bodyJson();

        json.extractingPath("$.completeness.percent").isEqualTo(95.0);
        json.extractingPath("$.completeness.covered_min").isEqualTo(228.0);
        json.extractingPath("$.completeness.expected_min").isEqualTo(240.0);
        json.extractingPath("$.completeness.gaps")
                .isEqualTo(java.util.List.of(Map.of(
                        "machine_id", "M1",
                        "from", "2026-01-26T06:30:00Z",
                        "to", "2026-01-26T06:42:00Z",
                        "reason", "not_collected")));
    }

    @Test
    void countsOnlyTheTimeSinceTheMachineWasFirstSeen() {
        var json = assertThat(mvc.get().uri("/api/kpis?days=7")).hasStatusOk().bodyJson();

        json.extractingPath("$.completeness.expected_min").isEqualTo(240.0);
        json.extractingPath("$.completeness.percent").isEqualTo(95.0);
    }

    @Test
    void aGapHoldingRecordsTheDatabaseRefusedIsRejected() {
        jdbc.sql("""
                        insert into rejected_records (machine_id, payload, reason, rejected_at)
                        values ('M1', cast(? as jsonb), 'value too long', timestamptz '2026-01-26 09:00:00+00')
                        """)
                .param("{\"machine_id\":\"M1\",\"recorded_at\":\"2026-01-26T06:35:00Z\",\"units_produced\":12}")
                .update();

        assertThat(mvc.get().uri("/api/kpis?days=1"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.completeness.gaps[0].reason")
                .isEqualTo("rejected");
    }

    @Test
    void aManualRecordCoversItsShiftAndAnOverlapCountsOnce() {
        // M2 sent shift A by hand (stamped 06:00, 8 h) and was polled from 08:00 too
        polls("M2", "2026-01-26 08:00:00", "2026-01-26 10:00:00", null, null);
        assertThat(mvc.post()
                        .uri("/api/production")
                        .header("X-API-Key", API_KEY)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"production_date":"2026-01-26","machine_id":"M2","shift":"A",
                                 "units_produced":100,"defective_units":1,"downtime_min":0}
                                """))
                .hasStatus(201);

        var machines =
                assertThat(mvc.get().uri("/api/machines?days=1")).hasStatusOk().bodyJson();
        machines.extractingPath("$[1].machine_id").isEqualTo("M2");
        machines.extractingPath("$[1].completeness.percent").isEqualTo(100.0);
        machines.extractingPath("$[1].completeness.expected_min").isEqualTo(240.0);
        machines.extractingPath("$[1].completeness.gaps").asArray().isEmpty();
        machines.extractingPath("$[0].completeness.percent").isEqualTo(95.0);
        // pooled: 228 + 240 of 480 minutes
        assertThat(mvc.get().uri("/api/kpis?days=1"))
                .bodyJson()
                .extractingPath("$.completeness.percent")
                .isEqualTo(97.5);
    }

    @Test
    void aMachineSilentSinceEightHasAGapUntilNow() {
        polls("M3", "2026-01-26 06:00:00", "2026-01-26 08:00:00", null, null);

        var json = assertThat(mvc.get().uri("/api/machines/M3?days=1"))
                .hasStatusOk()
                .bodyJson();
        json.extractingPath("$.completeness.percent").isEqualTo(50.0);
        json.extractingPath("$.completeness.gaps[0].from").isEqualTo("2026-01-26T08:00:00Z");
        json.extractingPath("$.completeness.gaps[0].to").isEqualTo("2026-01-26T10:00:00Z");
        json.extractingPath("$.completeness.gaps[0].reason").isEqualTo("not_collected");
    }

    @Test
    void aMachineSeenBeforeButSilentAllDayMissesTheWholeDay() {
        polls("M4", "2026-01-25 06:00:00", "2026-01-25 07:00:00", null, null);

        var json = assertThat(mvc.get().uri("/api/kpis?days=1&machine_id=M4"))
                .hasStatusOk()
                .bodyJson();
        json.extractingPath("$.completeness.percent").isEqualTo(0.0);
        json.extractingPath("$.completeness.expected_min").isEqualTo(240.0);
        json.extractingPath("$.completeness.gaps[0].from").isEqualTo("2026-01-26T06:00:00Z");
    }

    @Test
    void noMachineSeenYetHasNoPercentage() {
        jdbc.sql("truncate live_production").update();

        var json = assertThat(mvc.get().uri("/api/kpis?days=1")).hasStatusOk().bodyJson();
        json.extractingPath("$.completeness.percent").isNull();
        json.extractingPath("$.completeness.expected_min").isEqualTo(0.0);
        json.extractingPath("$.completeness.gaps").asArray().isEmpty();
    }

    /** Collector records every 5 s over (from, to], none over (holeFrom, holeTo]; shift A or the previous day's. */
    private void polls(String machine, String from, String to, String holeFrom, String holeTo) {
        jdbc.sql("""
                        insert into live_production (machine_id, production_date, shift, units_produced, defective_units,
                                                     downtime_min, state, source, recorded_at, interval_sec, ideal_cycle_sec)
                        select ?, cast(t at time zone 'UTC' as date), 'A', 10, 0, 0, 'RUNNING', 'opcua', t, 5, 0.5
                        from generate_series(cast(? as timestamptz) + interval '5 seconds', cast(? as timestamptz),
                                             interval '5 seconds') t
                        where cast(? as timestamptz) is null
                           or not (t > cast(? as timestamptz) and t <= cast(? as timestamptz))
                        """)
                .params(machine, from + "+00", to + "+00", zone(holeFrom), zone(holeFrom), zone(holeTo))
                .update();
    }

    private static String zone(String time) {
        return time == null ? null : time + "+00";
    }
}
