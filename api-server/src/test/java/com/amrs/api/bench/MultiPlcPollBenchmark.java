package com.amrs.api.bench;

import static com.amrs.api.bench.MetricsScrape.any;
import static com.amrs.api.bench.MetricsScrape.label;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.amrs.api.support.ApiServerProcess;
import com.amrs.api.support.TestDatabase;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * Many PLCs at a 1 s poll (issue 13, DESIGN.md §18; bench/README.md): 4 PLCs of 1,250 mapped machines
 * each, every one a {@code plc-simulator.jar} process ticking every second, polled every second by the
 * api-server (a JVM of its own, {@code -Xmx512m}, one poller thread per PLC) storing into a PostgreSQL
 * that runs with {@code fsync} and {@code synchronous_commit} on. After a warm-up, over a window: per PLC
 * and in total the polls made against the ticks, the ticks skipped, the share of ticks polled on time
 * ({@code 1 − skipped / ticks}), the read time p50/p99 ({@code amrs.poll.duration}), the records stored
 * per second, and the CPU per record of the api-server process plus PostgreSQL (postmaster and children).
 * Then the plain limit, on the same PostgreSQL: COPY (pgjdbc's CopyManager) of the same rows into the
 * same table, one COPY and transaction per poll, and its CPU per row (client JVM plus PostgreSQL).
 * Prints {@code BENCH} lines; asserts only that records were stored. Run: {@code bench/api-server.sh plcs}.
 */
@Tag("benchmark")
class MultiPlcPollBenchmark {

    private static final int PLCS = Integer.getInteger("bench.plcs", 4);
    private static final int MACHINES_PER_PLC = Integer.getInteger("bench.plc.machines", 1250);
    private static final int WARM_UP_S = Integer.getInteger("bench.warmup", 30);
    private static final int WINDOW_S = Integer.getInteger("bench.window", 120);
    private static final int TICK_MS = 1000;
    private static final Duration INTERVAL = Duration.ofSeconds(1);
    private static final int COPY_WARM_UP_BATCHES = 40;
    private static final String DATABASE = "amrs_bench_plcs";
    private static final String NAMESPACE = "urn:amrs:plc-simulator";
    private static final Map<String, String> SIGNALS = signals();

    @Test
    void fiveThousandMachinesOnFourPlcsAtOnePollPerSecond() throws Exception {
        long started = System.nanoTime();
        Path work = Path.of("target", "bench-plcs").toAbsolutePath();
        deleteRecursively(work);
        Files.createDirectories(work);
        System.out.printf(
                "BENCH plcs: %d PLCs × %,d machines, each a plc-simulator.jar process (tick %d ms), polled every %d ms;"
                        + " warm-up %d s, window %d s; %d cores, load average %s%n",
                PLCS,
                MACHINES_PER_PLC,
                TICK_MS,
                INTERVAL.toMillis(),
                WARM_UP_S,
                WINDOW_S,
                Runtime.getRuntime().availableProcessors(),
                loadAverage());
        try (var postgres = DurablePostgres.start(work.resolve("postgres"))) {
            postgres.createDatabase(DATABASE);
            System.out.println("BENCH plcs: PostgreSQL " + postgres.durability());
            Window window;
            List<SimulatorProcess> simulators = new ArrayList<>();
            try {
                for (int plc = 1; plc <= PLCS; plc++) {
                    // machine ids are unique over all PLCs (DESIGN.md §12), and every simulator names its
                    // machines OPC-UA-M1…: simulator k runs k × 1,250 and the tag map maps its last 1,250
                    simulators.add(SimulatorProcess.start(
                            plc * MACHINES_PER_PLC, TICK_MS, work.resolve("simulator-plc" + plc + ".log")));
                }
                await().atMost(Duration.ofMinutes(3))
                        .pollInterval(Duration.ofMillis(500))
                        .until(() -> simulators.stream().allMatch(SimulatorProcess::listening));
                Path tagMap = writeTagMap(work.resolve("amrs-plcs.yml"), simulators);
                Path log = work.resolve("api-server.log");
                try (var server =
                        ApiServerProcess.start(serverJvmOptions(), serverProperties(postgres, tagMap, work), log)) {
                    await().atMost(Duration.ofMinutes(3))
                            .pollInterval(Duration.ofSeconds(1))
                            .until(server::healthy);
                    await().atMost(Duration.ofMinutes(2))
                            .pollInterval(Duration.ofSeconds(1))
                            .until(() -> everyPlcPolled(server));
                    System.out.printf(
                            "BENCH plcs: simulators, PostgreSQL and api-server up, every PLC polled, after %.0f s;"
                                    + " load average %s%n",
                            (System.nanoTime() - started) / 1e9, loadAverage());
                    Thread.sleep(Duration.ofSeconds(WARM_UP_S));
                    window = measure(server, postgres, simulators);
                }
            } finally {
                for (SimulatorProcess simulator : simulators) {
                    simulator.close();
                }
            }
            double ours = report(postgres, window);
            copy(postgres, window, ours);
        }
        System.out.printf(
                "BENCH plcs: done in %.0f s; load average %s%n", (System.nanoTime() - started) / 1e9, loadAverage());
    }

    /** What the window saw, from both ends of it. */
    private record Window(
            Instant from,
            Instant to,
            double seconds,
            MetricsScrape before,
            MetricsScrape after,
            Duration serverCpu,
            Duration postgresCpu,
            Duration simulatorsCpu,
            double machineBusyCores) {

        double ticksPerPlc() {
            return seconds * 1000.0 / INTERVAL.toMillis();
        }
    }

    private static Window measure(ApiServerProcess server, DurablePostgres postgres, List<SimulatorProcess> simulators)
            throws InterruptedException, SQLException {
        postgres.resetStatements(DATABASE);
        MetricsScrape before = new MetricsScrape(server.prometheus());
        Duration server0 = server.cpu();
        Duration postgres0 = postgres.cpu();
        Duration simulators0 = cpu(simulators);
        long[] machine0 = machineTicks();
        long started = System.nanoTime();
        Instant from = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Thread.sleep(Duration.ofSeconds(WINDOW_S));
        Duration serverCpu = server.cpu().minus(server0);
        Duration postgresCpu = postgres.cpu().minus(postgres0);
        Duration simulatorsCpu = cpu(simulators).minus(simulators0);
        long[] machine1 = machineTicks();
        double seconds = (System.nanoTime() - started) / 1e9;
        Instant to = from.plusNanos((long) (seconds * 1e9)).truncatedTo(ChronoUnit.MICROS);
        MetricsScrape after = new MetricsScrape(server.prometheus());
        for (String line : postgres.topStatements(DATABASE, 10)) {
            System.out.println("BENCH plcs: PostgreSQL's statements in the window: " + line);
        }
        double busyCores = (machine1[0] - machine0[0]) / 100.0 / seconds;
        // let the polls of the window's last second reach the database before the server stops
        Thread.sleep(Duration.ofSeconds(3));
        return new Window(from, to, seconds, before, after, serverCpu, postgresCpu, simulatorsCpu, busyCores);
    }

    /** Prints the window's figures; returns the CPU per record (µs). */
    private static double report(DurablePostgres postgres, Window window) throws SQLException {
        Map<Integer, StoredPolls> stored = storedPolls(postgres, window);
        double ticks = window.ticksPerPlc();
        long totalSkipped = 0;
        long totalRecords = 0;
        for (int plc = 1; plc <= PLCS; plc++) {
            String name = "plc" + plc;
            var labels = label("plc", name);
            long polls = Math.round(window.after().since(window.before(), "amrs_poll_duration_seconds_count", labels));
            long skipped = Math.round(window.after().since(window.before(), "amrs_poll_skipped_total", labels));
            long errors = Math.round(window.after().since(window.before(), "amrs_poll_errors_total", labels));
            double[] read =
                    window.after().quantilesMillis(window.before(), "amrs_poll_duration_seconds", labels, 0.5, 0.99);
            StoredPolls db = stored.getOrDefault(plc, StoredPolls.NONE);
            totalSkipped += skipped;
            totalRecords += db.records();
            System.out.printf(
                    "BENCH plcs: %s: %.0f ticks, %d polls, %d skipped, %d failed: %.1f %% on time;"
                            + " read p50 %.1f ms, p99 %.1f ms, max ≤ %.0f ms; stored %d polls, %,d records"
                            + " (%,.0f/s); read end to store start p50 %.1f ms, p99 %.1f ms%n",
                    name,
                    ticks,
                    polls,
                    skipped,
                    errors,
                    100.0 * (1 - skipped / ticks),
                    read[0],
                    read[1],
                    read[2],
                    db.polls(),
                    db.records(),
                    db.records() / window.seconds(),
                    db.waitP50(),
                    db.waitP99());
        }
        assertThat(totalRecords).as("records stored in the window").isPositive();
        StoredPolls all = stored.getOrDefault(0, StoredPolls.NONE);
        double[] read = window.after().quantilesMillis(window.before(), "amrs_poll_duration_seconds", any(), 0.5, 0.99);
        System.out.printf(
                "BENCH plcs: all: %.0f ticks, %d skipped: %.2f %% on time; read p50 %.1f ms, p99 %.1f ms;"
                        + " read end to store start p50 %.1f ms, p99 %.1f ms%n",
                ticks * PLCS,
                totalSkipped,
                100.0 * (1 - totalSkipped / (ticks * PLCS)),
                read[0],
                read[1],
                all.waitP50(),
                all.waitP99());
        double[] store =
                window.after().quantilesMillis(window.before(), "hikaricp_connections_usage_seconds", any(), 0.5, 0.99);
        double gcPauses = window.after().since(window.before(), "jvm_gc_pause_seconds_count", any());
        double gcSeconds = window.after().since(window.before(), "jvm_gc_pause_seconds_sum", any());
        System.out.printf(
                "BENCH plcs: database connection held (mostly the store transactions) p50 %.1f ms, p99 %.1f ms;"
                        + " %d validation events; api-server GC: %.0f pauses, %.0f ms in all%n",
                store[0], store[1], validationEvents(postgres, window), gcPauses, gcSeconds * 1000);
        double serverSeconds = window.serverCpu().toNanos() / 1e9;
        double postgresSeconds = window.postgresCpu().toNanos() / 1e9;
        System.out.printf(
                "BENCH plcs: stored %,d records in %.1f s = %,.0f records/s; CPU api-server %.1f s (%.2f cores)"
                        + " + PostgreSQL %.1f s (%.2f cores) = %.1f µs per record%n",
                totalRecords,
                window.seconds(),
                totalRecords / window.seconds(),
                serverSeconds,
                serverSeconds / window.seconds(),
                postgresSeconds,
                postgresSeconds / window.seconds(),
                (serverSeconds + postgresSeconds) * 1e6 / totalRecords);
        System.out.printf(
                "BENCH plcs: the machine was busy %.2f of %d cores (simulators %.2f cores, not counted above)%n",
                window.machineBusyCores(),
                Runtime.getRuntime().availableProcessors(),
                window.simulatorsCpu().toNanos() / 1e9 / window.seconds());
        return (serverSeconds + postgresSeconds) * 1e6 / totalRecords;
    }

    private record StoredPolls(long records, long polls, double waitP50, double waitP99) {
        static final StoredPolls NONE = new StoredPolls(0, 0, Double.NaN, Double.NaN);
    }

    /**
     * Per PLC (1…) and for all (0): the records stored for the window, the distinct poll instants, and
     * the time from the end of a poll's read ({@code recorded_at}) to the start of its store transaction
     * ({@code created_at}): validation, and the wait for the store that the PLCs share.
     */
    private static Map<Integer, StoredPolls> storedPolls(DurablePostgres postgres, Window window) throws SQLException {
        String sql = """
                with r as (
                    select (substring(machine_id from 9)::int - 1) / ? + 1 as plc, recorded_at,
                           extract(epoch from created_at - recorded_at) * 1000 as wait_ms
                    from live_production
                    where source = 'opcua' and recorded_at >= ? and recorded_at < ?)
                select coalesce(plc, 0), count(*), count(distinct recorded_at),
                       percentile_cont(0.5) within group (order by wait_ms),
                       percentile_cont(0.99) within group (order by wait_ms)
                from r group by rollup (plc)
                """;
        Map<Integer, StoredPolls> stored = new LinkedHashMap<>();
        try (Connection connection = postgres.connect(DATABASE);
                var statement = connection.prepareStatement(sql)) {
            statement.setInt(1, MACHINES_PER_PLC);
            statement.setTimestamp(2, Timestamp.from(window.from()));
            statement.setTimestamp(3, Timestamp.from(window.to()));
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    stored.put(
                            rows.getInt(1),
                            new StoredPolls(rows.getLong(2), rows.getLong(3), rows.getDouble(4), rows.getDouble(5)));
                }
            }
        }
        return stored;
    }

    private static long validationEvents(DurablePostgres postgres, Window window) throws SQLException {
        try (Connection connection = postgres.connect(DATABASE);
                var statement = connection.prepareStatement(
                        "select count(*) from validation_events where occurred_at >= ? and occurred_at < ?")) {
            statement.setTimestamp(1, Timestamp.from(window.from()));
            statement.setTimestamp(2, Timestamp.from(window.to()));
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** A row of live_production as the collector stored it. */
    private record Row(
            String machineId,
            LocalDate productionDate,
            String shift,
            long units,
            long defects,
            double downtimeMin,
            String state,
            String source,
            Instant recordedAt,
            double intervalSec,
            double idealCycleSec) {}

    private static final String COPY = "copy live_production (machine_id, production_date, shift, units_produced,"
            + " defective_units, downtime_min, state, source, created_at, recorded_at, interval_sec, ideal_cycle_sec)"
            + " from stdin";

    /**
     * The plain limit: the window's rows again (recorded_at one microsecond later, so the natural key is
     * new; same dates, shifts and quarters, so the rollup triggers update the same rows), in the same
     * batches as the polls stored them, one COPY in its own transaction per poll, after COPYing the first
     * batches once as a warm-up. Client CPU is this JVM's (nothing else runs in it meanwhile).
     */
    private static void copy(DurablePostgres postgres, Window window, double ourCpuPerRecord) throws SQLException {
        List<List<Row>> batches = windowRows(postgres, window);
        long rows = batches.stream().mapToLong(List::size).sum();
        try (Connection connection = postgres.connect(DATABASE)) {
            var copyApi = connection.unwrap(PGConnection.class).getCopyAPI();
            for (List<Row> batch : batches.subList(0, Math.min(COPY_WARM_UP_BATCHES, batches.size()))) {
                copyBatch(copyApi, batch, 2);
            }
            var threads = ManagementFactory.getThreadMXBean();
            long thread0 = threads.getCurrentThreadCpuTime();
            Duration client0 = ownCpu();
            Duration postgres0 = postgres.cpu();
            long started = System.nanoTime();
            long copied = 0;
            for (List<Row> batch : batches) {
                copied += copyBatch(copyApi, batch, 1);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            double threadSeconds = (threads.getCurrentThreadCpuTime() - thread0) / 1e9;
            double clientSeconds = ownCpu().minus(client0).toNanos() / 1e9;
            double postgresSeconds = postgres.cpu().minus(postgres0).toNanos() / 1e9;
            double perRow = (clientSeconds + postgresSeconds) * 1e6 / copied;
            System.out.printf(
                    "BENCH plcs: COPY of the same %,d rows (%,d copied), %d COPY statements of ~%,d rows, one transaction"
                            + " each, in %.1f s (%,.0f rows/s); CPU client JVM %.1f s (COPY thread %.1f s) + PostgreSQL"
                            + " %.1f s = %.1f µs per row%n",
                    rows,
                    copied,
                    batches.size(),
                    batches.isEmpty() ? 0 : rows / batches.size(),
                    seconds,
                    copied / seconds,
                    clientSeconds,
                    threadSeconds,
                    postgresSeconds,
                    perRow);
            System.out.printf(
                    "BENCH plcs: CPU per record, ours / COPY = %.1f / %.1f µs = %.2f%n",
                    ourCpuPerRecord, perRow, ourCpuPerRecord / perRow);
        }
    }

    private static long copyBatch(org.postgresql.copy.CopyManager copyApi, List<Row> batch, long laterMicros)
            throws SQLException {
        String createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS).toString();
        StringBuilder text = new StringBuilder(batch.size() * 128);
        for (Row row : batch) {
            text.append(row.machineId())
                    .append('\t')
                    .append(row.productionDate())
                    .append('\t')
                    .append(row.shift())
                    .append('\t')
                    .append(row.units())
                    .append('\t')
                    .append(row.defects())
                    .append('\t')
                    .append(row.downtimeMin())
                    .append('\t')
                    .append(row.state())
                    .append('\t')
                    .append(row.source())
                    .append('\t')
                    .append(createdAt)
                    .append('\t')
                    .append(row.recordedAt().plus(laterMicros, ChronoUnit.MICROS))
                    .append('\t')
                    .append(row.intervalSec())
                    .append('\t')
                    .append(row.idealCycleSec())
                    .append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        var copyIn = copyApi.copyIn(COPY);
        try {
            copyIn.writeToCopy(bytes, 0, bytes.length);
            return copyIn.endCopy();
        } finally {
            if (copyIn.isActive()) {
                copyIn.cancelCopy();
            }
        }
    }

    /** The rows the collector stored for the window, one list per poll (PLC and instant), in order. */
    private static List<List<Row>> windowRows(DurablePostgres postgres, Window window) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection connection = postgres.connect(DATABASE);
                var statement = connection.prepareStatement("""
                        select machine_id, production_date, shift, units_produced, defective_units, downtime_min,
                               state, source, recorded_at, interval_sec, ideal_cycle_sec
                        from live_production
                        where source = 'opcua' and recorded_at >= ? and recorded_at < ?
                        order by recorded_at, machine_id
                        """)) {
            statement.setTimestamp(1, Timestamp.from(window.from()));
            statement.setTimestamp(2, Timestamp.from(window.to()));
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(
                            result.getString(1),
                            result.getObject(2, LocalDate.class),
                            result.getString(3),
                            result.getLong(4),
                            result.getLong(5),
                            result.getDouble(6),
                            result.getString(7),
                            result.getString(8),
                            result.getObject(9, OffsetDateTime.class).toInstant(),
                            result.getDouble(10),
                            result.getDouble(11)));
                }
            }
        }
        return new ArrayList<>(rows.stream()
                .collect(Collectors.groupingBy(Row::recordedAt, LinkedHashMap::new, Collectors.toList()))
                .values());
    }

    /** The tag map of config/amrs.yml: one PLC per simulator, its last 1,250 machines, all six signals. */
    private static Path writeTagMap(Path file, List<SimulatorProcess> simulators) throws IOException {
        StringBuilder yaml = new StringBuilder("amrs:\n  plcs:\n");
        for (int plc = 1; plc <= simulators.size(); plc++) {
            String ids = IntStream.rangeClosed((plc - 1) * MACHINES_PER_PLC + 1, plc * MACHINES_PER_PLC)
                    .mapToObj(number -> "OPC-UA-M" + number)
                    .collect(Collectors.joining(", "));
            yaml.append("    - name: plc")
                    .append(plc)
                    .append("\n      url: ")
                    .append(simulators.get(plc - 1).url())
                    .append("\n      poll-interval: ")
                    .append(INTERVAL.toSeconds())
                    .append("s\n      machine-template:\n        ids: [")
                    .append(ids)
                    .append("]\n        nodes:\n");
            SIGNALS.forEach((signal, variable) -> yaml.append("          ")
                    .append(signal)
                    .append(": 'nsu=")
                    .append(NAMESPACE)
                    .append(";s={id}.")
                    .append(variable)
                    .append("'\n"));
        }
        Files.writeString(file, yaml);
        return file;
    }

    /** The six variables of a simulated machine (DESIGN.md §3), as discover: amrs-simulator maps them. */
    private static Map<String, String> signals() {
        Map<String, String> signals = new LinkedHashMap<>();
        signals.put("total_count", "TotalCount");
        signals.put("reject_count", "RejectCount");
        signals.put("state", "State");
        signals.put("downtime_seconds", "DowntimeSeconds");
        signals.put("ideal_cycle_time_seconds", "IdealCycleTimeSeconds");
        signals.put("fault_code", "FaultCode");
        return signals;
    }

    private static boolean everyPlcPolled(ApiServerProcess server) {
        MetricsScrape metrics = new MetricsScrape(server.prometheus());
        return IntStream.rangeClosed(1, PLCS)
                .allMatch(plc -> metrics.sum("amrs_poll_duration_seconds_count", label("plc", "plc" + plc)) > 0);
    }

    /** {@code -Xmx512m} as in docker-compose.yml, plus e.g. a JFR recording given as {@code -Dbench.server.jvm=...}. */
    private static List<String> serverJvmOptions() {
        List<String> options = new ArrayList<>(List.of("-Xmx512m", "-XX:+ExitOnOutOfMemoryError"));
        String extra = System.getProperty("bench.server.jvm", "");
        if (!extra.isBlank()) {
            options.addAll(List.of(extra.trim().split("\\s+")));
        }
        return options;
    }

    private static Map<String, String> serverProperties(DurablePostgres postgres, Path tagMap, Path work) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", postgres.jdbcUrl(DATABASE));
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", TestDatabase.PASSWORD);
        properties.put("spring.config.additional-location", "file:" + tagMap);
        properties.put("server.address", "127.0.0.1");
        properties.put("amrs.pki-dir", work.resolve("pki").toString());
        properties.put("amrs.collector.spool-dir", work.resolve("spool").toString());
        properties.put("amrs.api.reports-dir", work.resolve("reports").toString());
        // fine histogram buckets (5 % apart, 1 ms to 30 s) for the percentiles of the window
        properties.put("management.metrics.distribution.slo.amrs.poll.duration", buckets());
        properties.put("management.metrics.distribution.slo.hikaricp.connections.usage", buckets());
        return properties;
    }

    private static String buckets() {
        return Stream.iterate(1000.0, micros -> micros <= 30_000_000, micros -> micros * 1.05)
                .map(micros -> Math.round(micros) + "us")
                .distinct()
                .collect(Collectors.joining(","));
    }

    private static Duration cpu(List<SimulatorProcess> simulators) {
        return simulators.stream().map(SimulatorProcess::cpu).reduce(Duration.ZERO, Duration::plus);
    }

    private static Duration ownCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** Busy and total clock ticks of the whole machine, from the first line of /proc/stat. */
    private static long[] machineTicks() {
        try {
            String[] fields =
                    Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long user = Long.parseLong(fields[1]);
            long nice = Long.parseLong(fields[2]);
            long system = Long.parseLong(fields[3]);
            long idle = Long.parseLong(fields[4]);
            long iowait = Long.parseLong(fields[5]);
            long irq = Long.parseLong(fields[6]);
            long softirq = Long.parseLong(fields[7]);
            long steal = Long.parseLong(fields[8]);
            long busy = user + nice + system + irq + softirq + steal;
            return new long[] {busy, busy + idle + iowait};
        } catch (IOException e) {
            return new long[] {0, 0};
        }
    }

    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
