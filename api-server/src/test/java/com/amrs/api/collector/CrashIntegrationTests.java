package com.amrs.api.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.amrs.api.support.ApiServerProcess;
import com.amrs.api.support.TestDatabase;
import com.amrs.api.support.acme.AcmePlc;
import com.amrs.api.support.acme.AcmeSpec;
import com.amrs.api.support.acme.CounterType;
import com.amrs.api.support.acme.NodeIdStyle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.util.FileSystemUtils;

/**
 * A real api-server process killed with SIGKILL (DESIGN.md §13): no shutdown, no last write. What the
 * machine made before, during and after is recorded exactly, also when the kill comes while the database
 * is away and the polls wait in the spool.
 */
class CrashIntegrationTests {

    private static final String DATABASE = "amrs_crash";
    private static final Pattern SPOOLED = Pattern.compile("\"spooled_records\":(\\d+)");
    /** As long as the plant would be down: over a minute, so the gap is split over the shifts it spans. */
    private static final Duration OUTAGE = Duration.ofSeconds(61);

    private final AcmePlc plc =
            AcmePlc.start(AcmeSpec.of(AcmeSpec.machine("Sealer1", NodeIdStyle.QUOTED, CounterType.UInt16))
                    .openOnly());

    /** Each test's logs, spool, certificates: kept in target/ for a look after a failure. */
    private Path work;

    private ApiServerProcess server;

    @BeforeEach
    void emptyDatabase(TestInfo test) throws Exception {
        work = Path.of(
                        "target",
                        "crash-tests",
                        test.getTestMethod().orElseThrow().getName())
                .toAbsolutePath();
        FileSystemUtils.deleteRecursively(work);
        Files.createDirectories(work);
        TestDatabase.ensureDatabase(DATABASE);
        TestDatabase.start();
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("select 1");
            if (tableExists(connection)) {
                statement.execute("truncate live_production, counter_baselines, validation_events");
            }
        }
    }

    @AfterEach
    void stop() throws InterruptedException {
        TestDatabase.start();
        if (server != null) {
            server.close();
        }
        plc.close();
    }

    @Test
    void aKilledApiServerCountsWhatTheMachineMadeWhileItWasDead() throws Exception {
        server = start("first");
        await().atMost(Duration.ofSeconds(60)).until(() -> records() > 0);
        plc.produce("Sealer1", 30, 2);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(stored()).isEqualTo(new Totals(32, 2)));

        server.kill();
        plc.produce("Sealer1", 400, 7);
        Thread.sleep(OUTAGE.toMillis());
        server = start("second");
        plc.produce("Sealer1", 5, 1);

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(stored()).isEqualTo(new Totals(445, 10)));
        assertRollupMatchesRecords();
    }

    @Test
    void pollsSpooledWhileTheDatabaseWasAwaySurviveAKill() throws Exception {
        server = start("first");
        await().atMost(Duration.ofSeconds(60)).until(() -> records() > 0);
        plc.produce("Sealer1", 30, 2);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(stored()).isEqualTo(new Totals(32, 2)));

        TestDatabase.stop();
        Instant stopped = Instant.now();
        plc.produce("Sealer1", 100, 3);
        // a minute of polls (300 ms apart) is on disk, fsynced, when the process dies
        await().atMost(OUTAGE.plusSeconds(30))
                .until(() -> Duration.between(stopped, Instant.now()).compareTo(OUTAGE) >= 0 && spooled() >= 150);
        server.kill();
        assertThat(spoolFiles()).isNotEmpty();

        plc.produce("Sealer1", 50, 1);
        TestDatabase.start();
        server = start("second");

        // good + bad counts of the three productions: 30 + 2, 100 + 3, 50 + 1
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(stored()).isEqualTo(new Totals(186, 6)));
        await().atMost(Duration.ofSeconds(10)).until(() -> spoolFiles().isEmpty());
        assertRollupMatchesRecords();
    }

    private ApiServerProcess start(String name) throws Exception {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", TestDatabase.jdbcUrl(DATABASE));
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", TestDatabase.PASSWORD);
        properties.put("AMRS_CONFIG", "does-not-exist.yml");
        properties.put("amrs.api.poll-interval", "300");
        properties.put("amrs.api.reports-dir", work.resolve("reports").toString());
        properties.put("amrs.pki-dir", work.resolve("pki").toString());
        properties.put("amrs.collector.spool-dir", work.resolve("spool").toString());
        properties.put("amrs.collector.write-timeout", "1s");
        properties.put("amrs.plcs[0].name", "line7");
        properties.put("amrs.plcs[0].url", plc.endpointUrl());
        properties.put("amrs.plcs[0].machines[0].id", "SEALER-1");
        properties.put("amrs.plcs[0].machines[0].state-map", "packml");
        plc.nodes("Sealer1")
                .forEach((signal, node) -> properties.put("amrs.plcs[0].machines[0].nodes[" + signal + "]", node));
        ApiServerProcess process = ApiServerProcess.start(
                List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"), properties, work.resolve(name + ".log"));
        await().atMost(Duration.ofSeconds(90)).until(process::healthy);
        return process;
    }

    private long spooled() {
        Matcher matcher = SPOOLED.matcher(server.get("/api/health"));
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }

    private List<Path> spoolFiles() throws Exception {
        Path spool = work.resolve("spool");
        if (!Files.isDirectory(spool)) {
            return List.of();
        }
        try (var files = Files.list(spool)) {
            return files.filter(file -> file.toString().endsWith(".spool")).toList();
        }
    }

    private void assertRollupMatchesRecords() throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            ResultSet rollup = statement.executeQuery("""
                    select (select sum(units_produced) from production_shift_totals where machine_id = 'SEALER-1'),
                           (select sum(units_produced) from live_production where machine_id = 'SEALER-1')""");
            rollup.next();
            assertThat(rollup.getLong(1)).isEqualTo(rollup.getLong(2));
        }
    }

    private static long records() throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            ResultSet count =
                    statement.executeQuery("select count(*) from live_production where machine_id = 'SEALER-1'");
            count.next();
            return count.getLong(1);
        }
    }

    private static Totals stored() {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            ResultSet sums = statement.executeQuery("""
                    select coalesce(sum(units_produced), 0), coalesce(sum(defective_units), 0)
                    from live_production where machine_id = 'SEALER-1'""");
            sums.next();
            return new Totals(sums.getLong(1), sums.getLong(2));
        } catch (SQLException e) {
            return new Totals(-1, -1);
        }
    }

    private static boolean tableExists(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, "public", "live_production", null)) {
            return tables.next();
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(TestDatabase.jdbcUrl(DATABASE), "postgres", "postgres");
    }

    record Totals(long units, long defects) {}
}
