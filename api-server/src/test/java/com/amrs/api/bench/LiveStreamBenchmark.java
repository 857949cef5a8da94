package com.amrs.api.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.amrs.api.support.ApiServerProcess;
import com.amrs.api.support.LiveClients;
import com.amrs.api.support.LiveListener;
import com.amrs.api.support.TestDatabase;
import com.amrs.simulator.config.MachineCatalogueProperties;
import com.amrs.simulator.config.SimulatorProperties;
import com.amrs.testsupport.FreePorts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * The live stream under load (bench/README.md): the real api-server in a child JVM with {@code
 * -Xmx512m}, collecting every second from the real simulator into the embedded PostgreSQL, with 500
 * {@code /ws} and 500 {@code /stomp} clients connected from this JVM over loopback. Measures, over
 * every poll stored in a window of {@code bench.seconds}, the time from the poll to each client's
 * arrival, the messages missing at any client, and the server's heap and CPU. Fails only if a
 * message is lost. Run: {@code bench/live-stream.sh}.
 */
@Tag("benchmark")
class LiveStreamBenchmark {

    private static final int RAW = Integer.getInteger("bench.raw", 500);
    private static final int STOMP = Integer.getInteger("bench.stomp", 500);
    private static final int MACHINES = Integer.getInteger("bench.machines", 3);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    private static final String DATABASE = "amrs_bench_live";

    @Test
    void aThousandClientsAtOnePollPerSecond() throws Exception {
        TestDatabase.ensureDatabase(DATABASE);
        int plcPort = FreePorts.next();
        Path log = Path.of("target", "bench-live-server.log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        try (var plc = simulator(plcPort, MACHINES);
                var server = ApiServerProcess.start(serverJvmOptions(), serverProperties(DATABASE, plcPort), log);
                // Tomcat gives every client connection a buffer of the largest message
                var clients = new LiveClients(server.port(), Math.max(16 * 1024, MACHINES * 512)).timestampsOnly()) {
            await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(server::healthy);
            List<LiveListener> listeners = connect(clients);
            Instant from = Instant.now().plusSeconds(5);
            Instant to = from.plusSeconds(SECONDS);
            var cpu = new CpuMeter(server);
            long[] heapPeak = {0};
            await().atMost(Duration.ofSeconds(SECONDS + 30))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        heapPeak[0] = Math.max(heapPeak[0], server.heapUsedBytes());
                        return Instant.now().isAfter(to.plusSeconds(3));
                    });
            System.out.println("BENCH live: " + cpu);
            report(listeners, storedPolls(DATABASE, from, to));
            System.out.printf(
                    "BENCH live: server heap peak %d MB, after a full GC %d MB (-Xmx512m)%n",
                    heapPeak[0] >> 20, server.heapAfterFullGcBytes() >> 20);
        }
    }

    private static List<LiveListener> connect(LiveClients clients) {
        List<LiveListener> listeners = new ArrayList<>();
        for (int connected = 0; connected < Math.max(RAW, STOMP); connected += 50) {
            listeners.addAll(clients.raw(Math.min(50, Math.max(0, RAW - connected))));
            listeners.addAll(clients.stomp(Math.min(50, Math.max(0, STOMP - connected)), "/topic/live"));
        }
        await().atMost(Duration.ofMinutes(1)).until(() -> listeners.stream().allMatch(l -> l.count() > 0));
        System.out.printf("BENCH live: %d /ws and %d /stomp clients connected%n", RAW, STOMP);
        return listeners;
    }

    private static void report(List<LiveListener> listeners, List<Instant> polls) {
        Set<Instant> expected = new HashSet<>(polls);
        Map<String, List<LiveListener.Received>> arrivals = new TreeMap<>();
        long missing = 0;
        for (LiveListener listener : listeners) {
            Set<Instant> received = new HashSet<>();
            for (LiveListener.Received message : listener.messages()) {
                if (expected.contains(message.timestamp()) && received.add(message.timestamp())) {
                    arrivals.computeIfAbsent(listener.endpoint(), endpoint -> new ArrayList<>())
                            .add(message);
                }
            }
            missing += expected.size() - received.size();
        }
        List<LiveListener.Received> all =
                arrivals.values().stream().flatMap(List::stream).toList();
        Map<Instant, Instant> firstArrival = new HashMap<>();
        all.forEach(message -> firstArrival.merge(message.timestamp(), message.at(), (a, b) -> a.isBefore(b) ? a : b));
        System.out.printf(
                "BENCH live: %d polls of %d machines in %d s, %,d messages expected, %,d missing%n",
                polls.size(), MACHINES, SECONDS, (long) polls.size() * listeners.size(), missing);
        System.out.println("BENCH live: poll to arrival, all clients "
                + Latencies.of(all.stream().map(LiveListener.Received::latency)));
        arrivals.forEach((endpoint, messages) -> System.out.println("BENCH live: poll to arrival, " + endpoint + " "
                + Latencies.of(messages.stream().map(LiveListener.Received::latency))));
        System.out.println("BENCH live: first client to each client "
                + Latencies.of(all.stream()
                        .map(message -> Duration.between(firstArrival.get(message.timestamp()), message.at()))));
        assertThat(polls).hasSizeGreaterThanOrEqualTo(SECONDS - 2);
        assertThat(missing).as("messages lost").isZero();
    }

    static List<Instant> storedPolls(String database, Instant from, Instant to) throws Exception {
        try (var connection = DriverManager.getConnection(TestDatabase.jdbcUrl(database), "postgres", "postgres");
                var statement = connection.prepareStatement(
                        "select distinct recorded_at from live_production where recorded_at between ? and ? order by 1")) {
            statement.setTimestamp(1, Timestamp.from(from));
            statement.setTimestamp(2, Timestamp.from(to));
            List<Instant> polls = new ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    polls.add(rows.getTimestamp(1).toInstant());
                }
            }
            return polls;
        }
    }

    /** {@code -Xmx512m}, plus e.g. a JFR recording given as {@code -Dbench.server.jvm=...}. */
    static List<String> serverJvmOptions() {
        List<String> options = new ArrayList<>(List.of("-Xmx512m", "-XX:+ExitOnOutOfMemoryError"));
        String extra = System.getProperty("bench.server.jvm", "");
        if (!extra.isBlank()) {
            options.addAll(List.of(extra.trim().split("\\s+")));
        }
        return options;
    }

    static Map<String, String> serverProperties(String database, int plcPort) {
        return Map.of(
                "spring.datasource.url",
                TestDatabase.jdbcUrl(database),
                "spring.datasource.username",
                "postgres",
                "spring.datasource.password",
                TestDatabase.PASSWORD,
                "amrs.collector.spool-dir",
                TestDatabase.spoolDir(database).toString(),
                "amrs.api.opcua-url",
                "opc.tcp://localhost:" + plcPort + "/freeopcua/server/",
                "amrs.api.poll-interval",
                "1000",
                "amrs.api.reports-dir",
                "target/bench-reports",
                "logging.level.com.amrs",
                "warn");
    }

    static AnnotationConfigApplicationContext simulator(int port, int machines) {
        var context = new AnnotationConfigApplicationContext();
        context.registerBean(
                SimulatorProperties.class,
                () -> new SimulatorProperties(
                        port, machines, 1000, 42L, List.of(), new SimulatorProperties.Security(null, null, null)));
        context.registerBean(MachineCatalogueProperties.class, () -> new MachineCatalogueProperties(List.of()));
        context.registerBean(Clock.class, Clock::systemUTC);
        context.scan("com.amrs.simulator.machine", "com.amrs.simulator.opcua");
        context.refresh();
        return context;
    }
}
