package com.amrs.api.plants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.amrs.api.support.ApiServerProcess;
import com.amrs.api.support.KafkaBroker;
import com.amrs.api.support.TestDatabase;
import com.amrs.api.support.acme.AcmePlc;
import com.amrs.api.support.acme.AcmeSpec;
import com.amrs.api.support.acme.CounterType;
import com.amrs.api.support.acme.NodeIdStyle;
import com.amrs.api.support.acme.PackMlState;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * Two edge plants and two central api-servers over a real Kafka broker, each a process of its own (DESIGN.md
 * §19): both plants' machines are named alike, Kafka is killed for 30 s while the plants produce, and a central
 * instance is killed with SIGKILL while the records flow. What each plant's machine made arrives at the central
 * site once, under its plant.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiPlantIntegrationTests {

    private static final Duration KAFKA_OUTAGE = Duration.ofSeconds(30);
    private static final Pattern OUTBOX_ROWS = Pattern.compile("\"outbox_rows\":(\\d+)");
    private static final Pattern KAFKA_STATE = Pattern.compile("\"kafka\":\\{\"mode\":\"edge\",\"state\":\"(\\w+)\"");
    private static final String CENTRAL = "amrs_central";
    private static final String API_KEY = "multi-plant-test-key";

    private static Path work;
    private static JdbcClient centralDb;
    private static KafkaBroker kafka;
    private static Plant north;
    private static Plant south;
    private static ApiServerProcess centralA;
    private static ApiServerProcess centralB;

    @BeforeAll
    static void startSites() throws Exception {
        work = Path.of("target", "multi-plant").toAbsolutePath();
        FileSystemUtils.deleteRecursively(work);
        Files.createDirectories(work);
        kafka = KafkaBroker.start("amrs.production", "amrs.stops", "amrs.alerts");
        centralDb = TestDatabase.migrated(CENTRAL);
        north = new Plant("north");
        south = new Plant("south");
        try (var starting = Executors.newFixedThreadPool(4)) {
            var a = CompletableFuture.supplyAsync(() -> central("central-a"), starting);
            var b = CompletableFuture.supplyAsync(() -> central("central-b"), starting);
            var n = CompletableFuture.runAsync(north::start, starting);
            var s = CompletableFuture.runAsync(south::start, starting);
            CompletableFuture.allOf(a, b, n, s).join();
            centralA = a.join();
            centralB = b.join();
        }
    }

    @AfterAll
    static void stopSites() throws Exception {
        for (AutoCloseable site : new AutoCloseable[] {north, south, centralA, centralB, kafka}) {
            if (site != null) {
                site.close();
            }
        }
    }

    @Test
    @Order(1)
    void everyUnitOfBothPlantsArrivesOnceThroughAKafkaOutageAndACentralInstanceKilled() throws Exception {
        // a machine's first poll is its counters' baseline: what it makes after that is production
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !north.records().isEmpty() && !south.records().isEmpty());
        north.plc.produce("Sealer1", 30, 2);
        south.plc.produce("Sealer1", 40, 1);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(centralTotals("north")).isEqualTo(new Totals(32, 2));
            assertThat(centralTotals("south")).isEqualTo(new Totals(41, 1));
        });

        kafka.kill();
        north.plc.produce("Sealer1", 100, 3);
        south.plc.produce("Sealer1", 50, 5);
        north.plc.setState("Sealer1", PackMlState.ABORTED);
        north.plc.setFault("Sealer1", 101);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(north.totals()).isEqualTo(new Totals(135, 5));
            assertThat(south.totals()).isEqualTo(new Totals(96, 6));
            assertThat(north.kafkaState()).isEqualTo("down");
        });
        // the plants work on while Kafka is away; what they publish waits in their outboxes the whole time
        await().during(KAFKA_OUTAGE)
                .atMost(KAFKA_OUTAGE.plusSeconds(15))
                .until(() -> north.outboxRows() > 0 && south.outboxRows() > 0);
        assertThat(centralTotals("north")).isEqualTo(new Totals(32, 2));
        north.plc.setState("Sealer1", PackMlState.EXECUTE);
        north.plc.setFault("Sealer1", 0);
        kafka.restart();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(centralTotals("north")).isEqualTo(new Totals(135, 5));
            assertThat(centralTotals("south")).isEqualTo(new Totals(96, 6));
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> north.kafkaState().equals("up"));

        centralB.kill();
        for (int round = 0; round < 10; round++) {
            north.plc.produce("Sealer1", 7, 1);
            south.plc.produce("Sealer1", 3, 0);
        }
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            assertThat(centralTotals("north")).isEqualTo(new Totals(215, 15));
            assertThat(centralTotals("south")).isEqualTo(new Totals(126, 6));
        });

        for (Plant plant : List.of(north, south)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> plant.outboxRows() == 0);
            List<String> atCentral = centralRecords(plant.id);
            assertThat(plant.records()).containsAll(atCentral);
            assertThat(atCentral).doesNotHaveDuplicates();
            assertThat(centralRollupUnits(plant.id))
                    .isEqualTo(centralTotals(plant.id).units());
        }
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(centralStops("north")).isEqualTo(north.stops()));
        assertThat(north.stops()).singleElement().asString().contains("DOWN", "101", "ended");
        assertThat(centralStops("south")).isEmpty();
        assertThat(centralA.get("/api/health")).contains("\"mode\":\"central\"", "\"plant_id\":\"north\"");
    }

    /** After the first test: the plants have made different amounts by then. */
    @Test
    @Order(2)
    void theCentralSiteAnswersForThePlantARequestNames() {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !centralRecords("north").isEmpty()
                        && !centralRecords("south").isEmpty()
                        && north.totals().equals(centralTotals("north"))
                        && south.totals().equals(centralTotals("south")));
        long northUnits = centralTotals("north").units();
        long southUnits = centralTotals("south").units();

        assertThat(centralA.get("/api/kpis?days=2&plant=north")).contains("\"total_units\":" + northUnits);
        assertThat(centralA.get("/api/kpis?days=2&plant=south")).contains("\"total_units\":" + southUnits);
        assertThat(centralA.get("/api/machines?days=2&plant=south"))
                .contains("\"machine_id\":\"SEALER-1\"", "\"units_produced\":" + southUnits);
        assertThat(centralA.get("/api/production?days=2&plant=north&machine_id=SEALER-1"))
                .contains("\"machine_id\":\"SEALER-1\"");
        assertThat(centralA.get("/api/plants?days=2"))
                .contains("{\"plant_id\":\"north\",\"kpis\":{\"total_units\":" + northUnits)
                .contains("{\"plant_id\":\"south\",\"kpis\":{\"total_units\":" + southUnits);
        assertThat(centralA.get("/api/kpis?days=2")).contains("\"status\":400", "plant-required", "?plant=north");
        assertThat(centralA.get("/api/kpis?days=2&plant=east"))
                .contains("\"status\":404", "unknown-plant", "the plants are north, south");
        assertThat(north.server.get("/api/kpis?days=2")).contains("\"total_units\":" + northUnits);
        assertThat(north.server.get("/api/kpis?days=2&plant=north")).contains("\"total_units\":" + northUnits);
        assertThat(north.server.get("/api/kpis?days=2&plant=south")).contains("\"status\":404", "unknown-plant");
        // the live view: the central site, which polls no PLC, shows what the plant's own live view shows
        String southLive = centralA.get("/api/machines/live?plant=south");
        assertThat(southLive).contains("\"machine_id\":\"SEALER-1\"");
        assertThat(units(southLive)).isEqualTo(units(south.server.get("/api/machines/live")));
        assertThat(units(centralA.get("/api/machines/live?plant=north")))
                .isEqualTo(units(north.server.get("/api/machines/live")))
                .isNotEqualTo(units(southLive));
        assertThat(centralA.get("/api/machines/live")).contains("\"status\":400", "plant-required");

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        var queued = centralA.post(
                "/api/reports", "{\"from\":\"" + today + "\",\"to\":\"" + today + "\",\"plant\":\"south\"}", API_KEY);
        assertThat(queued.statusCode()).as(queued.body()).isEqualTo(202);
        assertThat(centralDb
                        .sql("select plant_id from report_jobs order by id desc limit 1")
                        .query(String.class)
                        .single())
                .isEqualTo("south");
        var everyPlant =
                centralA.post("/api/reports", "{\"from\":\"" + today + "\",\"to\":\"" + today + "\"}", API_KEY);
        assertThat(everyPlant.statusCode()).as("the report of every plant").isEqualTo(202);
        assertThat(centralDb
                        .sql("select count(*) from report_jobs where plant_id is null")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        var machinesWithoutPlant = centralA.post(
                "/api/reports",
                "{\"from\":\"" + today + "\",\"to\":\"" + today + "\",\"machines\":[\"SEALER-1\"]}",
                API_KEY);
        assertThat(machinesWithoutPlant.statusCode()).isEqualTo(400);
        assertThat(machinesWithoutPlant.body()).contains("\"machines\"", "need their plant");

        // what a plant keeps is changed at the plant: the central copy refuses, naming where to go
        String record = "{\"production_date\":\"" + today
                + "\",\"machine_id\":\"SEALER-1\",\"shift\":\"A\",\"units_produced\":5,\"defective_units\":0,\"downtime_min\":0}";
        assertKeptByThePlant(centralA.send("POST", "/api/production", record, API_KEY));
        assertKeptByThePlant(
                centralA.send("PUT", "/api/machines/SEALER-1/stop/reason", "{\"reason_code\":101}", API_KEY));
        assertKeptByThePlant(centralA.send("PUT", "/api/downtime/1/reason", "{\"reason_code\":101}", API_KEY));
        assertKeptByThePlant(centralA.send("POST", "/api/alerts/1/ack", "{}", API_KEY));
        assertThat(centralDb
                        .sql("select count(*) from live_production where source = 'api'")
                        .query(Long.class)
                        .single())
                .as("no record typed in at the centre")
                .isZero();
    }

    /** The units_produced of a live view of one machine. */
    private static long units(String live) {
        Matcher units = Pattern.compile("\"units_produced\":(\\d+)").matcher(live);
        assertThat(units.find()).as(live).isTrue();
        return Long.parseLong(units.group(1));
    }

    private static void assertKeptByThePlant(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        assertThat(response.body())
                .contains("kept-by-the-plant", "on the plant's own api-server", "Nothing was changed");
    }

    private static ApiServerProcess central(String name) {
        Map<String, String> properties = common(CENTRAL, name);
        properties.put("amrs.mode", "central");
        properties.put("amrs.api.api-key", API_KEY);
        properties.put("amrs.kafka.bootstrap-servers", kafka.bootstrapServers());
        properties.put("amrs.kafka.session-timeout", "6s");
        return started(name, properties);
    }

    private static Map<String, String> common(String database, String name) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", TestDatabase.jdbcUrl(database));
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", TestDatabase.PASSWORD);
        properties.put("AMRS_CONFIG", "does-not-exist.yml");
        properties.put(
                "amrs.api.reports-dir", work.resolve(name).resolve("reports").toString());
        properties.put("amrs.pki-dir", work.resolve(name).resolve("pki").toString());
        properties.put(
                "amrs.collector.spool-dir", work.resolve(name).resolve("spool").toString());
        return properties;
    }

    private static ApiServerProcess started(String name, Map<String, String> properties) {
        try {
            ApiServerProcess process = ApiServerProcess.start(
                    List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"), properties, work.resolve(name + ".log"));
            await().atMost(Duration.ofSeconds(120)).until(process::healthy);
            return process;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start " + name, e);
        }
    }

    private static Totals centralTotals(String plant) {
        return totals(centralDb, plant);
    }

    private static Totals totals(JdbcClient jdbc, String plant) {
        return jdbc.sql("""
                        select coalesce(sum(units_produced), 0), coalesce(sum(defective_units), 0)
                        from live_production where plant_id = ? and machine_id = 'SEALER-1'""")
                .param(plant)
                .query((rs, row) -> new Totals(rs.getLong(1), rs.getLong(2)))
                .single();
    }

    private static long centralRollupUnits(String plant) {
        return centralDb
                .sql("select coalesce(sum(units_produced), 0) from production_shift_totals where plant_id = ?")
                .param(plant)
                .query(Long.class)
                .single();
    }

    private static List<String> centralRecords(String plant) {
        return records(centralDb, plant);
    }

    private static List<String> records(JdbcClient jdbc, String plant) {
        return jdbc.sql("""
                        select concat_ws(' ', machine_id, production_date, shift, recorded_at, source, units_produced,
                                         defective_units, downtime_min, state, interval_sec)
                        from live_production where plant_id = ? order by recorded_at""").param(plant).query(String.class).list();
    }

    private static List<String> centralStops(String plant) {
        return stops(centralDb, plant);
    }

    private static List<String> stops(JdbcClient jdbc, String plant) {
        return jdbc.sql("""
                        select concat_ws(' ', machine_id, started_at, state, fault_code, reason_code, category,
                                         case when ended_at is null then 'open' else 'ended' end, duration_sec)
                        from machine_stops where plant_id = ? order by started_at""").param(plant).query(String.class).list();
    }

    record Totals(long units, long defects) {}

    /** An edge plant: its own machine, database and api-server, publishing to Kafka as {@code id}. */
    private static final class Plant implements AutoCloseable {

        final String id;
        final AcmePlc plc =
                AcmePlc.start(AcmeSpec.of(AcmeSpec.machine("Sealer1", NodeIdStyle.QUOTED, CounterType.UInt16))
                        .openOnly());
        final JdbcClient jdbc;
        ApiServerProcess server;

        Plant(String id) {
            this.id = id;
            this.jdbc = TestDatabase.migrated("amrs_edge_" + id);
            plc.setState("Sealer1", PackMlState.EXECUTE);
        }

        void start() {
            Map<String, String> properties = common("amrs_edge_" + id, "edge-" + id);
            properties.put("amrs.mode", "edge");
            properties.put("amrs.plant.id", id);
            properties.put("amrs.kafka.bootstrap-servers", kafka.bootstrapServers());
            properties.put("amrs.kafka.retry-wait", "500ms");
            properties.put("amrs.api.poll-interval", "300");
            properties.put("amrs.plcs[0].name", "line1");
            properties.put("amrs.plcs[0].url", plc.endpointUrl());
            properties.put("amrs.plcs[0].machines[0].id", "SEALER-1");
            properties.put("amrs.plcs[0].machines[0].state-map", "packml");
            plc.nodes("Sealer1")
                    .forEach((signal, node) -> properties.put("amrs.plcs[0].machines[0].nodes[" + signal + "]", node));
            server = started("edge-" + id, properties);
        }

        Totals totals() {
            return MultiPlantIntegrationTests.totals(jdbc, id);
        }

        List<String> records() {
            return MultiPlantIntegrationTests.records(jdbc, id);
        }

        List<String> stops() {
            return MultiPlantIntegrationTests.stops(jdbc, id);
        }

        long outboxRows() {
            Matcher matcher = OUTBOX_ROWS.matcher(server.get("/api/health"));
            return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
        }

        String kafkaState() {
            Matcher matcher = KAFKA_STATE.matcher(server.get("/api/health"));
            return matcher.find() ? matcher.group(1) : "none";
        }

        @Override
        public void close() throws Exception {
            if (server != null) {
                server.close();
            }
            plc.close();
        }
    }
}
