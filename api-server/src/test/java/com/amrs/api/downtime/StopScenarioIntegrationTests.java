package com.amrs.api.downtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.amrs.api.support.PollEvents;
import com.amrs.api.support.SettableClock;
import com.amrs.api.support.TagMapSettings;
import com.amrs.api.support.TestDatabase;
import com.amrs.api.support.acme.AcmePlc;
import com.amrs.api.support.acme.AcmeSpec;
import com.amrs.api.support.acme.CounterType;
import com.amrs.api.support.acme.NodeIdStyle;
import com.amrs.api.support.acme.PackMlState;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Issue 15 end to end (DESIGN.md §14): the whole api-server collects from an {@link AcmePlc} whose state and
 * fault nodes the test drives, seen through the collector's state subscription, while a {@link SettableClock}
 * stands still at each step's time, so that every poll and state change is stamped with exactly that time;
 * the test moves it on once the collector has seen the step. Shift A 06:00–14:00 with a break 10:00–10:15
 * (UTC), ideal cycle time 2 s, micro-stop threshold 2 min. The morning of 2026-03-10:
 *
 * <pre>
 * 06:00–07:00     runs, 1,440 units (72 defective)
 * 07:00–07:03     HELD, fault 101 Jam at infeed           3 min unplanned
 * 07:03–08:00     runs, 1,368 units (60 defective)
 * 08:00–08:00:40  HELD, fault 317 Sensor fault            40 s, a micro-stop
 * 08:00:40–09:00  runs, 1,416 units (60 defective)
 * 09:00–09:20     IDLE, fault 801 Planned changeover      20 min planned
 * 09:20–10:00     runs, 960 units (48 defective)
 * 10:00–10:15     STOPPED, no fault: the break            15 min Break (planned), outside planned time
 * 10:15–11:00     runs, 1,104 units (48 defective)        6,288 units, 288 defective, 6,000 good
 * </pre>
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "amrs.security.anonymous-read=true",
            "amrs.api.poll-interval=200",
            "amrs.api.collector.retry-attempts=1",
            "amrs.api.collector.request-timeout=1s",
            "amrs.collector.write-timeout=1s",
            "amrs.api.reports-dir=target/test-reports/stop-scenario",
            "amrs.plant.timezone=UTC",
            "amrs.plant.shifts[0].name=A",
            "amrs.plant.shifts[0].start=06:00",
            "amrs.plant.shifts[0].breaks[0].start=10:00",
            "amrs.plant.shifts[0].breaks[0].duration=15m",
            "amrs.plant.shifts[1].name=B",
            "amrs.plant.shifts[1].start=14:00",
            "amrs.plant.shifts[2].name=C",
            "amrs.plant.shifts[2].start=22:00",
            "amrs.downtime.micro-stop=2m"
        })
@AutoConfigureMockMvc
@Import(PollEvents.class)
class StopScenarioIntegrationTests {

    private static final String MACHINE = "Filler1";
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    private static final SettableClock CLOCK = new SettableClock(at("06:00"));
    private static final AcmePlc PLC =
            AcmePlc.start(AcmeSpec.of(AcmeSpec.machine(MACHINE, NodeIdStyle.QUOTED, CounterType.UInt16))
                    .openOnly());
    private static final Duration WAIT = Duration.ofSeconds(15);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PollEvents polls;

    private long unitsMade;

    @DynamicPropertySource
    static void plant(DynamicPropertyRegistry registry) throws IOException {
        TestDatabase.register(registry, "amrs_stop_scenario");
        String pki = Files.createTempDirectory("amrs-pki").toString();
        registry.add("amrs.pki-dir", () -> pki);
        TagMapSettings.plc(registry, 0, "line9", PLC::endpointUrl).machine(MACHINE, PLC.nodes(MACHINE), "packml", "2s");
    }

    /** The clock of every bean that takes one: the collector's polls, the state subscription, the KPIs' now. */
    @TestConfiguration(proxyBeanMethods = false)
    static class ScenarioClock {

        @Bean
        @Primary
        Clock scenarioClock() {
            return CLOCK;
        }
    }

    @Test
    void aMorningOfStopsGivesTheHandComputedStopsParetoAndOee() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> pollCount() > 0); // 06:00, the counters' baseline
        runsUntil("07:00", 1368, 72);
        stands(PackMlState.HELD, 101, "07:00", "07:03"); // a jam: 3 min unplanned
        runsUntil("08:00", 1308, 60);
        stands(PackMlState.HELD, 317, "08:00", "08:00:40"); // a sensor fault: a 40 s micro-stop
        runsUntil("09:00", 1356, 60);
        stands(PackMlState.IDLE, 801, "09:00", "09:20"); // a planned changeover: 20 min
        runsUntil("10:00", 912, 48);
        stands(PackMlState.STOPPED, 0, "10:00", "10:15"); // the break: the line stopped, no fault code
        runsUntil("11:00", 1056, 48);

        // planned time starts where the first record does: at the baseline poll, 06:00
        assertThat(jdbc.sql("select sum(units_produced), sum(defective_units),"
                                + " min(recorded_at - interval_sec * interval '1 second') as first_start"
                                + " from live_production")
                        .query((rs, row) -> List.of(rs.getLong(1), rs.getLong(2), instant(rs, "first_start")))
                        .single())
                .containsExactly(6288L, 288L, at("06:00"));
        assertThat(stops())
                .containsExactly(
                        new StopRow("07:00", "07:03", 180.0, "DOWN", 101, 101, "Jam at infeed", "unplanned"),
                        new StopRow("08:00", "08:00:40", 40.0, "DOWN", 317, 317, "Sensor fault", "unplanned"),
                        new StopRow("09:00", "09:20", 1200.0, "IDLE", 801, 801, "Planned changeover", "planned"),
                        new StopRow("10:00", "10:15", 900.0, "IDLE", null, null, "Break", "planned"));
        assertPareto();
        assertLossesAndKpis();
    }

    /**
     * The Pareto counts the stop rows as they are, the break's 15 idle minutes too, as Break (planned), which
     * the OEE leaves out with the break: 20 + 15 + 3 + 0.67 = 38.67 min = (180 + 40 + 1200 + 900) s / 60 = 2320 /
     * 60; shares 20 / 38.667 = 51.72 %, 15 / 38.667 = 38.79 %, 3 / 38.667 = 7.76 %, 0.667 / 38.667 = 1.72 %.
     */
    private void assertPareto() throws Exception {
        var response = mvc.get().uri("/api/downtime/pareto?days=1").exchange();
        var pareto = assertThat(response).hasStatusOk().bodyJson();
        pareto.extractingPath("$[*].reason")
                .asArray()
                .containsExactly("Planned changeover", "Break", "Jam at infeed", "Sensor fault");
        pareto.extractingPath("$[*].reason_code").asArray().containsExactly(801, null, 101, 317);
        pareto.extractingPath("$[*].category")
                .asArray()
                .containsExactly("planned", "planned", "unplanned", "unplanned");
        pareto.extractingPath("$[*].stops").asArray().containsExactly(1, 1, 1, 1);
        pareto.extractingPath("$[*].minutes").asArray().containsExactly(20.0, 15.0, 3.0, 0.67);
        pareto.extractingPath("$[*].share_percent").asArray().containsExactly(51.72, 38.79, 7.76, 1.72);
        List<Double> minutes = JsonPath.read(response.getResponse().getContentAsString(), "$[*].minutes");
        double stopMinutes = jdbc.sql("select sum(duration_sec) / 60 from machine_stops")
                .query(Double.class)
                .single();
        assertThat(stopMinutes).isEqualTo(2320 / 60.0);
        assertThat(minutes.stream().mapToDouble(Double::doubleValue).sum())
                .as("Σ Pareto minutes = Σ stop durations, to the Pareto's rounding")
                .isCloseTo(stopMinutes, within(0.01));
    }

    /**
     * As of 11:00. Planned time 06:00–11:00 less the break = 300 − 15 = 285 min; planned stops 20 (the
     * changeover), planned busy time 285 − 20 = 265; unplanned stops of at least 2 min 3 (the jam); the
     * break's stop lies outside planned time and counts nowhere; run time 265 − 3 = 262; micro-stops 40 s =
     * 0.67 min. Net run time 6,288 × 2 s = 12,576 s = 209.6 min, fully productive 6,000 × 2 s = 200 min,
     * quality loss 288 × 2 s = 9.6 min, speed loss 262 − 0.667 − 209.6 = 51.73 min (285 = 20 + 3 + 0.67 +
     * 51.73 + 9.6 + 200). Availability 262 / 265 = 98.87 %, performance 209.6 / 262 = 80 %, quality 6,000 /
     * 6,288 = 95.42 %, OEE 200 / 265 = 75.47 %; MTBF 262 / 1 stop, MTTR 3 / 1.
     */
    private void assertLossesAndKpis() {
        var losses = assertThat(mvc.get().uri("/api/oee/losses?days=1&machine=" + MACHINE))
                .hasStatusOk()
                .bodyJson();
        losses.extractingPath("$.planned_min").isEqualTo(285.0);
        losses.extractingPath("$.planned_stops_min").isEqualTo(20.0);
        losses.extractingPath("$.unplanned_stops_min").isEqualTo(3.0);
        losses.extractingPath("$.micro_stops_min").isEqualTo(0.67);
        losses.extractingPath("$.speed_loss_min").isEqualTo(51.73);
        losses.extractingPath("$.quality_loss_min").isEqualTo(9.6);
        losses.extractingPath("$.fully_productive_min").isEqualTo(200.0);
        losses.extractingPath("$.availability").isEqualTo(98.87);
        losses.extractingPath("$.performance").isEqualTo(80.0);
        losses.extractingPath("$.quality").isEqualTo(95.42);
        losses.extractingPath("$.oee").isEqualTo(75.47);
        losses.extractingPath("$.mtbf_min").isEqualTo(262.0);
        losses.extractingPath("$.mttr_min").isEqualTo(3.0);

        var kpis = assertThat(mvc.get().uri("/api/kpis?days=1")).hasStatusOk().bodyJson();
        kpis.extractingPath("$.total_units").isEqualTo(6288);
        kpis.extractingPath("$.total_defects").isEqualTo(288);
        kpis.extractingPath("$.availability").isEqualTo(98.87);
        kpis.extractingPath("$.performance").isEqualTo(80.0);
        kpis.extractingPath("$.quality").isEqualTo(95.42);
        kpis.extractingPath("$.oee").isEqualTo(75.47);
    }

    /**
     * The machine runs from the clock's time until {@code until}, making these units: they are counted once
     * the polls have read them, then the clock moves and its first poll stores them in a record up to then.
     */
    private void runsUntil(String until, long good, long bad) {
        PLC.produce(MACHINE, good, bad);
        unitsMade += good + bad;
        awaitPolls(2); // the second began after produce: every poll from here reads the new counts
        CLOCK.set(at(until));
        await().atMost(WAIT).until(() -> storedUnits() == unitsMade);
    }

    /**
     * From {@code from} (the clock's time) the machine stands in {@code packMlState} with {@code fault}, then
     * at {@code to} runs again without one; each change is seen through the subscription (the polls at a
     * clock that stands still see only what the first of them read) and stamped with the clock's time.
     */
    private void stands(int packMlState, int fault, String from, String to) {
        Integer code = fault == 0 ? null : fault;
        PLC.setFault(MACHINE, fault);
        PLC.setState(MACHINE, packMlState);
        await().atMost(WAIT)
                .until(() -> stops().stream()
                        .anyMatch(stop -> stop.started().equals(at(from))
                                && stop.ended() == null
                                && Objects.equals(stop.faultCode(), code)));
        awaitPolls(2);
        CLOCK.set(at(to));
        PLC.setState(MACHINE, PackMlState.EXECUTE);
        PLC.setFault(MACHINE, 0);
        await().atMost(WAIT)
                .until(() -> stops().stream()
                        .anyMatch(stop -> stop.started().equals(at(from)) && at(to).equals(stop.ended())));
    }

    private void awaitPolls(int count) {
        int seen = pollCount();
        await().atMost(WAIT).until(() -> pollCount() >= seen + count);
    }

    private int pollCount() {
        return polls.after(Instant.MIN).size();
    }

    private long storedUnits() {
        return jdbc.sql("select coalesce(sum(units_produced), 0) from live_production")
                .query(Long.class)
                .single();
    }

    private List<StopRow> stops() {
        return jdbc.sql("select * from machine_stops where machine_id = ? order by started_at")
                .param(MACHINE)
                .query((rs, row) -> {
                    assertThat(rs.getObject("production_date", LocalDate.class)).isEqualTo(DAY);
                    assertThat(rs.getString("shift")).isEqualTo("A");
                    return new StopRow(
                            instant(rs, "started_at"),
                            instant(rs, "ended_at"),
                            (Double) rs.getObject("duration_sec"),
                            rs.getString("state"),
                            (Integer) rs.getObject("fault_code"),
                            (Integer) rs.getObject("reason_code"),
                            rs.getString("reason"),
                            rs.getString("category"));
                })
                .list();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** {@code "07:03"} or {@code "08:00:40"} on {@link #DAY}, UTC. */
    private static Instant at(String time) {
        return DAY.atTime(LocalTime.parse(time)).toInstant(ZoneOffset.UTC);
    }

    /** A row of machine_stops, all on {@link #DAY} in shift A. */
    record StopRow(
            Instant started,
            Instant ended,
            Double durationSec,
            String state,
            Integer faultCode,
            Integer reasonCode,
            String reason,
            String category) {

        StopRow(
                String from,
                String to,
                double seconds,
                String state,
                Integer fault,
                Integer reasonCode,
                String reason,
                String category) {
            this(at(from), at(to), seconds, state, fault, reasonCode, reason, category);
        }
    }
}
