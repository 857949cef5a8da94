package com.amrs.api.bench;

import static com.amrs.api.bench.LiveStreamBenchmark.serverJvmOptions;
import static com.amrs.api.bench.LiveStreamBenchmark.serverProperties;
import static com.amrs.api.bench.LiveStreamBenchmark.simulator;
import static com.amrs.api.bench.LiveStreamBenchmark.storedPolls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.amrs.api.support.ApiServerProcess;
import com.amrs.api.support.LiveClients;
import com.amrs.api.support.LiveListener;
import com.amrs.api.support.TestDatabase;
import com.amrs.testsupport.FreePorts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The live fan-out against a minimal broadcaster (bench/README.md), both in one run: the real api-server
 * (child JVM, {@code -Xmx512m}) polls the real simulator every second and sends each update to {@code
 * bench.clients} {@code /ws} clients; {@link MinimalBroadcaster} (child JVM, {@code -Xmx512m}, plain Tomcat)
 * sends the same update 500 ms later to as many clients of its own. The clients are the same code in this
 * JVM. Prints, for each side, the time from the update's timestamp to each arrival (ours: from the end of
 * the PLC read, so it includes storing the poll; the minimal one: from the start of its send), the spread
 * from the first client to each, and the ratios. Fails only if ours loses a message. Run: {@code
 * bench/live-fanout.sh}.
 */
@Tag("benchmark")
class LiveFanOutBenchmark {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 1000);
    private static final int MACHINES = Integer.getInteger("bench.machines", 3);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    private static final String DATABASE = "amrs_bench_fanout";

    @Test
    void fanOutAgainstAMinimalBroadcaster() throws Exception {
        TestDatabase.ensureDatabase(DATABASE);
        int plcPort = FreePorts.next();
        Path logs = Files.createDirectories(Path.of("target").toAbsolutePath());
        int largestMessage = Math.max(16 * 1024, MACHINES * 512);
        try (var plc = simulator(plcPort, MACHINES);
                var server = ApiServerProcess.start(
                        serverJvmOptions(),
                        serverProperties(DATABASE, plcPort),
                        logs.resolve("bench-fanout-server.log"))) {
            await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(server::healthy);
            try (var minimal =
                            MinimalBroadcasterProcess.start(server.port(), logs.resolve("bench-fanout-minimal.log"));
                    var oursClients = new LiveClients(server.port(), largestMessage).timestampsOnly();
                    var minimalClients = new LiveClients(minimal.port(), largestMessage).timestampsOnly()) {
                await().atMost(Duration.ofMinutes(1)).until(minimal::ready);
                List<LiveListener> ours = new ArrayList<>();
                List<LiveListener> theirs = new ArrayList<>();
                for (int connected = 0; connected < CLIENTS; connected += 50) {
                    ours.addAll(oursClients.raw(Math.min(50, CLIENTS - connected)));
                    theirs.addAll(minimalClients.raw(Math.min(50, CLIENTS - connected)));
                }
                await().atMost(Duration.ofMinutes(1))
                        .until(() -> ours.stream().allMatch(l -> l.count() > 0)
                                && theirs.stream().allMatch(l -> l.count() > 0));
                Instant from = Instant.now().plusSeconds(5);
                Instant to = from.plusSeconds(SECONDS);
                Duration oursCpuFrom = server.cpu();
                Duration minimalCpuFrom = minimal.cpu();
                await().atMost(Duration.ofSeconds(SECONDS + 30))
                        .pollInterval(Duration.ofSeconds(1))
                        .until(() -> Instant.now().isAfter(to.plusSeconds(3)));
                double wall = SECONDS + 8;
                System.out.printf(
                        "BENCH fan-out: %d machines, %d /ws clients on each side, %d s; CPU ours %.2f cores, minimal %.2f cores%n",
                        MACHINES,
                        CLIENTS,
                        SECONDS,
                        server.cpu().minus(oursCpuFrom).toMillis() / 1000.0 / wall,
                        minimal.cpu().minus(minimalCpuFrom).toMillis() / 1000.0 / wall);
                FanOut oursFanOut = FanOut.of(ours, Set.copyOf(storedPolls(DATABASE, from, to)));
                FanOut minimalFanOut = FanOut.of(theirs, sentBetween(theirs, from, to));
                System.out.println("BENCH fan-out: ours, poll to arrival: " + oursFanOut);
                System.out.println("BENCH fan-out: minimal, send to arrival: " + minimalFanOut);
                System.out.printf(
                        "BENCH fan-out: ratio ours / minimal: p99 to arrival %.2f, p99 first client to each %.2f, median update to its last client %.2f%n",
                        oursFanOut.latency().p99() / minimalFanOut.latency().p99(),
                        oursFanOut.spread().p99() / minimalFanOut.spread().p99(),
                        oursFanOut.toLast().millis(0.5) / minimalFanOut.toLast().millis(0.5));
                assertThat(oursFanOut.updates()).isGreaterThanOrEqualTo(SECONDS - 2);
                assertThat(oursFanOut.missing()).as("messages lost by ours").isZero();
            }
        }
    }

    /** What the minimal broadcaster sent in the window: every timestamp that any of its clients got. */
    private static Set<Instant> sentBetween(List<LiveListener> listeners, Instant from, Instant to) {
        return listeners.stream()
                .flatMap(listener -> listener.timestamps().stream())
                .filter(timestamp -> !timestamp.isBefore(from) && !timestamp.isAfter(to))
                .collect(Collectors.toSet());
    }
}
