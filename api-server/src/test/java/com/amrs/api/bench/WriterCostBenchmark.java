package com.amrs.api.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.api.production.ProductionStore;
import com.amrs.api.production.StoreResult;
import com.amrs.api.support.CollectorPolls;
import com.amrs.api.support.CollectorPolls.Poll;
import com.amrs.api.support.TestDatabase;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The writer's CPU per record against COPY of the same rows (issue 19, DESIGN.md §18; bench/README.md,
 * "The writer against COPY"), side by side in one run on a PostgreSQL with {@code fsync},
 * {@code synchronous_commit} and {@code full_page_writes} on: the collector's polls (4 PLCs × 1,250
 * machines a second, {@link CollectorPolls}) through {@code ProductionStore.store(records, baselines,
 * stops)}, one transaction per poll; then the same polls' records by COPY, one COPY per poll, with a new
 * natural key and the same rollup rows. Each side's CPU: this JVM (the writing thread alone and the whole
 * process, GC and JIT included) plus PostgreSQL (postmaster and all its children). Rounds alternate the two
 * sides so that the other work on the machine falls on both. Prints {@code BENCH} lines; asserts only that
 * every poll was stored. Run: {@code bench/api-server.sh writer}.
 */
@Tag("benchmark")
@SpringBootTest(
        properties = {
            "amrs.api.collector.enabled=false",
            "amrs.security.anonymous-read=true",
            "logging.level.com.amrs=warn"
        })
class WriterCostBenchmark {

    private static final int PLCS = 4;
    private static final int MACHINES_PER_PLC = 1_250;
    private static final int WARM_UP_S = Integer.getInteger("bench.warmup", 20);
    private static final int ROUND_S = Integer.getInteger("bench.writer.round", 30);
    private static final int ROUNDS = Integer.getInteger("bench.writer.rounds", 3);
    /** {@code -Dbench.writer.baselines=false} leaves the counter baselines out, to see what they cost. */
    private static final boolean WITH_BASELINES =
            Boolean.parseBoolean(System.getProperty("bench.writer.baselines", "true"));

    private static final String DATABASE = "amrs_bench_writer";
    private static DurablePostgres postgres;

    @Autowired
    ProductionStore store;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException, SQLException {
        Path data = Path.of("target", "bench-writer", "postgres").toAbsolutePath();
        Files.createDirectories(data.getParent());
        postgres = DurablePostgres.start(data);
        postgres.createDatabase(DATABASE);
        registry.add("spring.datasource.url", () -> postgres.jdbcUrl(DATABASE));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> TestDatabase.PASSWORD);
        registry.add(
                "amrs.collector.spool-dir", () -> data.resolveSibling("spool").toString());
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        postgres.close();
    }

    @Test
    void writerAgainstCopyOfTheSameRows() throws SQLException {
        System.out.printf(
                "BENCH writer: %d PLCs × %,d machines a second%s; warm-up %d s, %d rounds of %d s a side; load average %s;"
                        + " PostgreSQL %s%n",
                PLCS,
                MACHINES_PER_PLC,
                WITH_BASELINES ? "" : " (without counter baselines)",
                WARM_UP_S,
                ROUNDS,
                ROUND_S,
                MultiPlcPollBenchmark.loadAverage(),
                postgres.durability());
        var generator = new CollectorPolls(PLCS, MACHINES_PER_PLC);
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Cost writer = new Cost();
        Cost copy = new Cost();
        try (Connection connection = postgres.connect(DATABASE)) {
            var copier = new RecordCopy(connection);
            List<Poll> warmUp = generator.seconds(start, WARM_UP_S);
            write(warmUp);
            copy(copier, warmUp);
            postgres.resetStatements(DATABASE);
            for (int round = 0; round < ROUNDS; round++) {
                List<Poll> polls = generator.seconds(start.plusSeconds(WARM_UP_S + (long) round * ROUND_S), ROUND_S);
                checkpoint(connection);
                Cost ours = measure(() -> write(polls));
                checkpoint(connection);
                Cost theirs = measure(() -> copy(copier, polls));
                System.out.printf(
                        "BENCH writer: round %d: writer %s; COPY %s; writer ÷ COPY %.2f; load average %s%n",
                        round + 1,
                        ours,
                        theirs,
                        ours.perRecord() / theirs.perRecord(),
                        MultiPlcPollBenchmark.loadAverage());
                writer.add(ours);
                copy.add(theirs);
            }
        }
        for (String line : postgres.topStatements(DATABASE, 8)) {
            System.out.println("BENCH writer: PostgreSQL's statements in the rounds: " + line);
        }
        System.out.printf("BENCH writer: all rounds: writer %s%n", writer);
        System.out.printf("BENCH writer: all rounds: COPY   %s%n", copy);
        System.out.printf(
                "BENCH writer: CPU per record, writer ÷ COPY = %.1f ÷ %.1f µs = %.2f; load average %s%n",
                writer.perRecord(),
                copy.perRecord(),
                writer.perRecord() / copy.perRecord(),
                MultiPlcPollBenchmark.loadAverage());
    }

    private long write(List<Poll> polls) {
        long records = 0;
        for (Poll poll : polls) {
            StoreResult result =
                    store.store(poll.records(), WITH_BASELINES ? poll.baselines() : List.of(), poll.stops());
            assertThat(result.stored()).isEqualTo(poll.records().size());
            records += result.stored();
        }
        return records;
    }

    private static long copy(RecordCopy copier, List<Poll> polls) {
        try {
            long rows = 0;
            for (Poll poll : polls) {
                rows += copier.copy(poll.records(), 1);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void checkpoint(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("checkpoint");
        }
    }

    private interface Work {
        long run();
    }

    /** Measures the work after a full GC, so that neither side pays for the other's garbage. */
    private static Cost measure(Work work) {
        System.gc();
        var threads = ManagementFactory.getThreadMXBean();
        long thread0 = threads.getCurrentThreadCpuTime();
        Duration process0 = ownCpu();
        Duration postgres0 = postgres.cpu();
        long started = System.nanoTime();
        long records = work.run();
        var cost = new Cost();
        cost.records = records;
        cost.wallSeconds = (System.nanoTime() - started) / 1e9;
        cost.threadSeconds = (threads.getCurrentThreadCpuTime() - thread0) / 1e9;
        cost.processSeconds = ownCpu().minus(process0).toNanos() / 1e9;
        cost.postgresSeconds = postgres.cpu().minus(postgres0).toNanos() / 1e9;
        return cost;
    }

    /** CPU of one side: this JVM's (its writing thread and the whole process) and PostgreSQL's. */
    private static final class Cost {
        long records;
        double wallSeconds;
        double threadSeconds;
        double processSeconds;
        double postgresSeconds;

        void add(Cost other) {
            records += other.records;
            wallSeconds += other.wallSeconds;
            threadSeconds += other.threadSeconds;
            processSeconds += other.processSeconds;
            postgresSeconds += other.postgresSeconds;
        }

        /** µs of CPU per record: this JVM's process (GC and JIT included) + PostgreSQL. */
        double perRecord() {
            return (processSeconds + postgresSeconds) * 1e6 / records;
        }

        @Override
        public String toString() {
            return "%,d records in %.1f s (%,.0f/s): JVM %.2f s (writing thread %.2f s) + PostgreSQL %.2f s = %.1f µs"
                            .formatted(
                                    records,
                                    wallSeconds,
                                    records / wallSeconds,
                                    processSeconds,
                                    threadSeconds,
                                    postgresSeconds,
                                    perRecord())
                    + " per record (JVM %.1f + PostgreSQL %.1f)"
                            .formatted(processSeconds * 1e6 / records, postgresSeconds * 1e6 / records);
        }
    }

    private static Duration ownCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }
}
