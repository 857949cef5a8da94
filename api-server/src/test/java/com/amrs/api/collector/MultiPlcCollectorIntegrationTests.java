package com.amrs.api.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.amrs.api.support.TagMapSettings;
import com.amrs.api.support.TestDatabase;
import com.amrs.api.support.acme.AcmePlc;
import com.amrs.api.support.acme.AcmeSpec;
import com.amrs.api.support.acme.CounterType;
import com.amrs.api.support.acme.NodeIdStyle;
import com.amrs.api.support.acme.PackMlState;
import com.jayway.jsonpath.JsonPath;
import java.math.BigInteger;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Two PLCs that are not our simulator (DESIGN.md §12): line1, an {@link AcmePlc} with quoted-string,
 * numeric and Kepware-style NodeIds, UInt16/UInt32/Double counters, PackML states, good + reject
 * counts, at most 10 nodes per Read and username login over Basic256Sha256 SignAndEncrypt (its
 * certificate trusted on first use); line2, a second one, open. Polled every 500 ms.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "amrs.security.anonymous-read=true",
            "amrs.api.poll-interval=500",
            "amrs.api.collector.retry-attempts=1",
            "amrs.api.collector.request-timeout=1s",
            "amrs.api.reports-dir=target/test-reports/multi-plc"
        })
@AutoConfigureMockMvc
class MultiPlcCollectorIntegrationTests {

    private static final List<String> LINE1_MACHINES = List.of("Filler1", "Filler2", "Filler3", "Capper1", "Labeler1");
    private static final AcmePlc LINE1 = AcmePlc.shared();
    private static final AcmePlc LINE2 = AcmePlc.start(AcmeSpec.of(
                    AcmeSpec.machine("Mixer1", NodeIdStyle.QUOTED, CounterType.Int32),
                    AcmeSpec.machine("Tank1", NodeIdStyle.KEPWARE, CounterType.UInt64),
                    AcmeSpec.machine("Press1", NodeIdStyle.NUMERIC, CounterType.Int16))
            .openOnly());

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void plcs(DynamicPropertyRegistry registry) throws Exception {
        TestDatabase.register(registry, "amrs_multi_plc");
        String pki = Files.createTempDirectory("amrs-pki").toString();
        registry.add("amrs.pki-dir", () -> pki);
        TagMapSettings.plc(registry, 0, "line1", LINE1::endpointUrl)
                .secured(AcmePlc.USERNAME, AcmePlc.PASSWORD, true)
                .acmeMachines(LINE1, LINE1_MACHINES);
        Map<String, String> ghost = new java.util.HashMap<>(LINE2.nodes("Mixer1"));
        ghost.put("good_count", "nsu=urn:acme:line1;s=\"Line1\".\"Ghost1\".\"GoodCount\"");
        TagMapSettings.plc(registry, 1, "line2", LINE2::endpointUrl)
                .acmeMachines(LINE2, List.of("Mixer1", "Tank1", "Press1"))
                .machine("Ghost1", ghost, "packml");
    }

    @AfterEach
    void answerPromptly() {
        LINE1.respondSlowly(Duration.ZERO);
        LINE1.start();
    }

    @Test
    void storedUnitsEqualTheCountersGrowthAcrossAWrapAndAPlcRestart() {
        LINE1.setCounters("Filler1", 65_530, 65_534);
        LINE1.setCounters("Capper1", 4_294_967_290L, 0);
        BigInteger nearTheTop = BigInteger.TWO.pow(64).subtract(BigInteger.valueOf(3));
        LINE2.setCounters("Tank1", nearTheTop, nearTheTop);
        LINE2.setCounters("Press1", 32_765, 0);
        Map<String, Totals> before = storedAfterNextPoll();
        LINE2.produce("Tank1", 5, 4);
        LINE2.produce("Press1", 6, 2);

        LINE1.produce("Filler1", 10, 3);
        LINE1.produce("Capper1", 9, 1);
        LINE1.produce("Labeler1", 5, 0);
        assertThat(LINE1.counters("Filler1").good())
                .as("the PLC's counter wrapped")
                .hasToString("4");
        storedAfterNextPoll();
        LINE1.restart();
        LINE1.produce("Filler1", 7, 1);
        LINE1.produce("Capper1", 2, 0);
        LINE1.produce("Labeler1", 4, 2);
        Map<String, Totals> after = storedAfterNextPoll();

        assertThat(after.get("Filler1").minus(before.get("Filler1"))).isEqualTo(new Totals(21, 4));
        assertThat(after.get("Capper1").minus(before.get("Capper1"))).isEqualTo(new Totals(12, 1));
        assertThat(after.get("Labeler1").minus(before.get("Labeler1"))).isEqualTo(new Totals(11, 2));
        assertThat(after.get("Filler2").minus(before.get("Filler2"))).isEqualTo(new Totals(0, 0));
        assertThat(after.get("Tank1").minus(before.get("Tank1")))
                .as("UInt64 across its top")
                .isEqualTo(new Totals(9, 4));
        assertThat(after.get("Press1").minus(before.get("Press1")))
                .as("Int16 across its top")
                .isEqualTo(new Totals(8, 2));
    }

    @Test
    void aCounterJumpIsStoredAsZeroAndCostsNoOtherMachineItsUnits() throws Exception {
        Map<String, Totals> before = storedAfterNextPoll();
        BigInteger good = LINE1.counters("Filler2").good();
        LINE1.setCounters("Filler2", good.longValue() + 60_000, 0);
        LINE2.setCounters("Tank1", BigInteger.valueOf(Long.MAX_VALUE), BigInteger.ZERO);
        // a Double counter of 10^400 is +Inf on the wire
        LINE1.setCounters("Labeler1", BigInteger.TEN.pow(400), BigInteger.ZERO);
        LINE1.produce("Filler3", 4, 1);
        LINE2.produce("Mixer1", 6, 2);

        Map<String, Totals> after = storedAfterNextPoll();

        // 0.05 s a unit, factor 10: at most about 100 units in a 0.5 s poll
        assertThat(after.get("Filler2").minus(before.get("Filler2"))).isEqualTo(new Totals(0, 0));
        assertThat(after.get("Tank1").minus(before.get("Tank1"))).isEqualTo(new Totals(0, 0));
        assertThat(after.get("Labeler1").minus(before.get("Labeler1"))).isEqualTo(new Totals(0, 0));
        assertThat(after.get("Filler3").minus(before.get("Filler3"))).isEqualTo(new Totals(5, 1));
        assertThat(after.get("Mixer1").minus(before.get("Mixer1"))).isEqualTo(new Totals(8, 2));
        assertThat(mvc.get().uri("/api/kpis?days=1")).hasStatusOk();
        assertThat(mvc.get().uri("/api/machines?days=1")).hasStatusOk();
        LINE1.setCounters("Labeler1", 0, 0);
        assertThat(jdbc.sql("select old_value from validation_events where machine_id = 'Filler2'"
                                + " and rule = 'counter_jump' and field = 'units_produced'")
                        .query(String.class)
                        .list())
                .contains("60000");
    }

    @Test
    void readsEveryMachineInChunksOfTheServersMaxNodesPerRead() {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(mvc.get().uri("/api/health"))
                        .bodyJson()
                        .satisfies(json -> {
                            json.assertThat().extractingPath("$.plcs[0].name").isEqualTo("line1");
                            json.assertThat().extractingPath("$.plcs[0].state").isEqualTo("connected");
                            json.assertThat()
                                    .extractingPath("$.plcs[0].machines")
                                    .isEqualTo(5);
                            json.assertThat().extractingPath("$.plcs[1].state").isEqualTo("connected");
                            json.assertThat().extractingPath("$.opcua").isEqualTo("connected");
                        }));
        // 5 machines × 4 nodes + StartTime = 21 nodes, read 10 at a time
        assertThat(LINE1.spec().machines()).hasSize(5);
        assertThat(storedAfterNextPoll())
                .containsKeys("Filler1", "Filler2", "Filler3", "Capper1", "Labeler1", "Mixer1");
    }

    @Test
    void packMlStatesAreRunningIdleOrDown() {
        LINE1.setState("Filler2", PackMlState.HELD);
        LINE1.setState("Filler3", PackMlState.STOPPED);
        storedAfterNextPoll();

        assertThat(mvc.get().uri("/api/machines/live")).bodyJson().satisfies(json -> {
            json.assertThat()
                    .extractingPath("$[?(@.machine_id=='Filler1')].state")
                    .asArray()
                    .containsExactly("RUNNING");
            json.assertThat()
                    .extractingPath("$[?(@.machine_id=='Filler2')].state")
                    .asArray()
                    .containsExactly("DOWN");
            json.assertThat()
                    .extractingPath("$[?(@.machine_id=='Filler3')].state")
                    .asArray()
                    .containsExactly("IDLE");
        });
        LINE1.setState("Filler2", PackMlState.EXECUTE);
        LINE1.setState("Filler3", PackMlState.EXECUTE);
    }

    @Test
    void aPlcThatStopsAnsweringDelaysNoOther() {
        storedAfterNextPoll();
        Instant hangs = Instant.now();
        LINE1.respondSlowly(Duration.ofSeconds(30));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(mvc.get().uri("/api/health"))
                        .bodyJson()
                        .satisfies(json -> {
                            json.assertThat().extractingPath("$.plcs[0].state").isEqualTo("unreachable");
                            json.assertThat().extractingPath("$.plcs[1].state").isEqualTo("connected");
                            json.assertThat().extractingPath("$.opcua").isEqualTo("disconnected");
                        }));
        Instant until = Instant.now().plusSeconds(3);
        await().until(() -> Instant.now().isAfter(until));

        List<Instant> line2Polls = pollsOf("Mixer1", hangs);
        assertThat(line2Polls).as("line2 polled every 500 ms while line1 hung").hasSizeGreaterThan(6);
        for (int i = 1; i < line2Polls.size(); i++) {
            assertThat(Duration.between(line2Polls.get(i - 1), line2Polls.get(i)))
                    .isLessThan(Duration.ofMillis(900));
        }
    }

    @Test
    void aNodeThePlcDoesNotHaveCostsOnlyItsMachine() {
        storedAfterNextPoll();

        assertThat(mvc.get().uri("/api/health")).bodyJson().satisfies(json -> {
            json.assertThat().extractingPath("$.plcs[1].state").isEqualTo("connected");
            json.assertThat()
                    .extractingPath("$.plcs[1].bad_nodes[0].machine_id")
                    .isEqualTo("Ghost1");
            json.assertThat().extractingPath("$.plcs[1].bad_nodes[0].signal").isEqualTo("good_count");
            json.assertThat().extractingPath("$.plcs[1].bad_nodes[0].problem").isEqualTo("Bad_NodeIdUnknown");
            json.assertThat().extractingPath("$.plcs[1].bad_nodes.length()").isEqualTo(1);
        });
        LINE2.produce("Mixer1", 3, 1);
        Map<String, Totals> before = storedAfterNextPoll();
        LINE2.produce("Mixer1", 3, 1);
        Map<String, Totals> after = storedAfterNextPoll();
        assertThat(after.get("Mixer1").minus(before.get("Mixer1"))).isEqualTo(new Totals(4, 1));
        assertThat(jdbc.sql(
                                "select count(*) from validation_events where machine_id = 'Ghost1' and field = 'units_produced'")
                        .query(Long.class)
                        .single())
                .as("the missing value is repaired and logged")
                .isPositive();
    }

    @Test
    void countsEachPlcsPollsSkippedTicksAndErrors() throws Exception {
        LINE1.respondSlowly(Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(prometheus())
                        .containsPattern("amrs_poll_skipped_total\\{[^}]*plc=\"line1\"[^}]*} [1-9]")
                        .containsPattern("amrs_poll_errors_total\\{[^}]*plc=\"line1\"[^}]*} [1-9]"));
        LINE1.respondSlowly(Duration.ZERO);

        assertThat(prometheus())
                .containsPattern("amrs_poll_duration_seconds_count\\{[^}]*plc=\"line2\"[^}]*} [1-9]")
                .containsPattern("amrs_poll_errors_total\\{[^}]*plc=\"line2\"[^}]*} 0");
    }

    private String prometheus() throws Exception {
        return mvc.get().uri("/actuator/prometheus").exchange().getResponse().getContentAsString();
    }

    @Test
    void aGapWhileAPlcDoesNotAnswerIsBlamedOnItAndClosesWhenItAnswersAgain() throws Exception {
        Map<String, Totals> before = storedAfterNextPoll();
        LINE1.respondSlowly(Duration.ofSeconds(3));
        LINE1.produce("Filler1", 25, 5);

        // a gap is listed from a minute on (plus the poll interval); it runs from the last record until now
        await().atMost(Duration.ofSeconds(120))
                .untilAsserted(() -> assertThat(unreachableGaps("Filler1"))
                        .singleElement()
                        .satisfies(gap -> assertThat(Instant.parse(gap.get("from")))
                                .isEqualTo(pollsOf("Filler1", Instant.EPOCH).getLast())));
        assertThat(unreachableGaps("Mixer1")).as("line2 answers").isEmpty();

        LINE1.respondSlowly(Duration.ZERO);
        Map<String, Totals> after = storedAfterNextPoll();

        // the first poll after the outage counts what was made during it, and its interval covers it
        assertThat(after.get("Filler1").minus(before.get("Filler1"))).isEqualTo(new Totals(30, 5));
        assertThat(unreachableGaps("Filler1")).isEmpty();
        assertThat(JsonPath.<List<Object>>read(kpis(), "$.completeness.gaps[?(@.machine_id=='Filler1')]"))
                .isEmpty();
    }

    @Test
    void aMachineHeldWithAFaultIsOneStopWithTheCataloguesReasonAndItsDuration() throws Exception {
        storedAfterNextPoll();
        LINE1.setFault("Filler3", 101);
        LINE1.setState("Filler3", PackMlState.HELD);
        Instant held = Instant.now();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> stopsOf("Filler3", held).size() == 1);
        Thread.sleep(3_000);
        LINE1.setState("Filler3", PackMlState.EXECUTE);
        LINE1.setFault("Filler3", 0);
        Instant resumed = Instant.now();

        // polled every 500 ms: the stop starts and ends at the first poll that sees the change
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(stopsOf("Filler3", held))
                        .singleElement()
                        .satisfies(stop -> {
                            assertThat(stop.get("state")).isEqualTo("DOWN");
                            assertThat(stop.get("fault_code")).isEqualTo(101);
                            assertThat(stop.get("reason_code")).isEqualTo(101);
                            assertThat(stop.get("reason")).isEqualTo("Jam at infeed");
                            assertThat(stop.get("category")).isEqualTo("unplanned");
                            assertThat((Double) stop.get("duration_sec"))
                                    .isCloseTo(Duration.between(held, resumed).toMillis() / 1e3, within(1.0));
                        }));
    }

    private List<Map<String, Object>> stopsOf(String machine, Instant since) {
        return jdbc.sql("select * from machine_stops where machine_id = ? and started_at >= ? order by started_at")
                .params(machine, Timestamp.from(since))
                .query()
                .listOfRows();
    }

    private String kpis() throws Exception {
        return mvc.get().uri("/api/kpis?days=1").exchange().getResponse().getContentAsString();
    }

    private List<Map<String, String>> unreachableGaps(String machine) throws Exception {
        return JsonPath.read(
                kpis(), "$.completeness.gaps[?(@.machine_id=='" + machine + "' && @.reason=='plc_unreachable')]");
    }

    private List<Instant> pollsOf(String machine, Instant since) {
        return jdbc
                .sql("select recorded_at from live_production where machine_id = ? and recorded_at > ? order by 1")
                .params(machine, Timestamp.from(since))
                .query(Timestamp.class)
                .list()
                .stream()
                .map(Timestamp::toInstant)
                .toList();
    }

    /**
     * The stored sums per machine once every PLC has been read after now: two polls stamped after now,
     * since a poll is stamped when its Read returns, which may have begun before now.
     */
    private Map<String, Totals> storedAfterNextPoll() {
        Instant now = Instant.now();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> pollsOf("Filler1", now).size() >= 2
                        && pollsOf("Mixer1", now).size() >= 2);
        return jdbc
                .sql("select machine_id, sum(units_produced), sum(defective_units) from live_production group by 1")
                .query((rs, row) -> Map.entry(rs.getString(1), new Totals(rs.getLong(2), rs.getLong(3))))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    record Totals(long units, long defects) {
        Totals minus(Totals other) {
            return new Totals(units - other.units, defects - other.defects);
        }
    }
}
