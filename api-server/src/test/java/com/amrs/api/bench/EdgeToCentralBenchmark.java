package com.amrs.api.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.api.production.NewRecord;
import com.amrs.api.support.CollectorPolls;
import com.amrs.api.support.CollectorPolls.Poll;
import com.amrs.api.support.KafkaBroker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Many plants over Kafka (issue 20, DESIGN.md §19; bench/README.md, "Edge to central over Kafka"): records from
 * an edge database to the central one, ours ({@link AmrsPipeline}: outbox trigger, the edge api-server's
 * publisher, Kafka, the central api-server's consumer and careful insert) against the plain limit ({@link
 * PlainPipeline}: a bare producer and a bare consumer that COPYs into a table without triggers), side by side in
 * one run on one PostgreSQL with {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} on and
 * one Kafka broker. Polls of 1,000 machines: first N records as fast as the edge takes them (records/s, first
 * insert to the last record committed at central), then a steady rate well below capacity (end-to-end lag of
 * each record). Prints {@code BENCH kafka} lines; asserts only that every record arrived once. Run: {@code
 * bench/api-server.sh kafka}.
 */
@Tag("benchmark")
class EdgeToCentralBenchmark {

    private static final int RECORDS = Integer.getInteger("bench.kafka.records", 200_000);
    private static final int MACHINES = Integer.getInteger("bench.kafka.machines", 1_000);
    private static final int WARM_UP_POLLS = Integer.getInteger("bench.kafka.warmup", 20);
    private static final Duration PACE = Duration.ofMillis(Integer.getInteger("bench.kafka.lag.interval", 500));
    private static final int LAG_S = Integer.getInteger("bench.kafka.lag.seconds", 30);
    /** The central consumer's poll size, {@code amrs.kafka.batch-size}'s default; the plain consumer's too. */
    private static final int POLL_SIZE = 2_000;

    private static final String PLANT = "bench";
    private static final String EDGE = "amrs_bench_edge";
    private static final String CENTRAL = "amrs_bench_central";
    private static final String PLAIN_TOPIC = "bench.plain";
    private static final Duration GIVE_UP = Duration.ofMinutes(15);

    private DurablePostgres postgres;
    private KafkaSites sites;
    private KafkaBroker broker;

    /** One side's run: seconds from its first record until all were handed over, in Kafka, at central. */
    private record Run(long records, double sent, double inKafka, double arrived, PipelineCpu cpu) {

        double perSecond() {
            return records / arrived;
        }
    }

    @Test
    void edgeToCentralAgainstABareProducerAndConsumer() throws Exception {
        long started = System.nanoTime();
        Path work = Path.of("target", "bench-kafka").toAbsolutePath();
        FileSystemUtils.deleteRecursively(work);
        Files.createDirectories(work);
        int steadyPolls = (int) (Duration.ofSeconds(LAG_S).toMillis() / PACE.toMillis());
        System.out.printf(
                "BENCH kafka: polls of %,d machines; throughput %,d records, lag %,d records every %d ms for %d s;"
                        + " warm-up %d polls a side; poll size at central %,d; %d cores, load average %s%n",
                MACHINES,
                RECORDS,
                MACHINES,
                PACE.toMillis(),
                LAG_S,
                WARM_UP_POLLS,
                POLL_SIZE,
                Runtime.getRuntime().availableProcessors(),
                MultiPlcPollBenchmark.loadAverage());
        var generator = new CollectorPolls(1, MACHINES);
        Instant base = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(2));
        var warmUp = records(generator.seconds(base, WARM_UP_POLLS));
        var bulk = records(generator.seconds(base.plusSeconds(WARM_UP_POLLS), RECORDS / MACHINES));
        var steady = records(generator.seconds(base.plusSeconds(WARM_UP_POLLS + bulk.size()), steadyPolls));
        try (var database = DurablePostgres.start(work.resolve("postgres"));
                var kafka = KafkaBroker.start("amrs.production", "amrs.stops", "amrs.alerts", PLAIN_TOPIC)) {
            postgres = database;
            broker = kafka;
            for (String name : List.of(EDGE, CENTRAL)) {
                postgres.createDatabase(name);
                Flyway.configure()
                        .dataSource(postgres.jdbcUrl(name), "postgres", "postgres")
                        .locations("classpath:db/migration")
                        .load()
                        .migrate();
            }
            System.out.println("BENCH kafka: PostgreSQL fsync on: " + postgres.durability());
            String brokers = kafka.bootstrapServers();
            try (var servers = KafkaSites.start(postgres, EDGE, CENTRAL, PLANT, brokers, work);
                    var ours = new AmrsPipeline(postgres, EDGE, CENTRAL, PLANT);
                    var limit = new PlainPipeline(brokers, PLAIN_TOPIC, POLL_SIZE, postgres, CENTRAL, PLANT)) {
                sites = servers;
                System.out.printf("BENCH kafka: broker, api-servers and databases up after %.0f s%n", seconds(started));
                run(ours, warmUp, null);
                run(limit, warmUp, null);
                throughput(ours, limit, bulk);
                lag(ours, limit, steady);
                long all = (long) MACHINES * (warmUp.size() + bulk.size() + steady.size());
                assertThat(count("select count(*) from live_production where plant_id = 'bench'"))
                        .isEqualTo(all);
                assertThat(count("select count(*) from plain_sink")).isEqualTo(all);
            }
        }
        System.out.printf(
                "BENCH kafka: done in %.0f s; load average %s%n",
                seconds(started), MultiPlcPollBenchmark.loadAverage());
    }

    private void throughput(Pipeline ours, Pipeline limit, List<List<NewRecord>> polls) throws SQLException {
        postgres.resetStatements(CENTRAL);
        Run amrs = run(ours, polls, null);
        List<String> statements = postgres.topStatements(CENTRAL, 8);
        Run plain = run(limit, polls, null);
        System.out.printf(
                "BENCH kafka: throughput, ours: %,d records from the first insert at the edge to the last committed at"
                        + " central in %.1f s = %,.0f records/s (the edge took them in %.1f s, Kafka had all at %.1f s);"
                        + " %s%n",
                amrs.records,
                amrs.arrived,
                amrs.perSecond(),
                amrs.sent,
                amrs.inKafka,
                amrs.cpu.describe(amrs.records, true));
        System.out.printf(
                "BENCH kafka: throughput, limit: %,d records from the first send to the last committed at central in"
                        + " %.1f s = %,.0f records/s (Kafka had all at %.1f s); %s%n",
                plain.records,
                plain.arrived,
                plain.perSecond(),
                plain.inKafka,
                plain.cpu.describe(plain.records, false));
        System.out.printf(
                "BENCH kafka: throughput, ours ÷ limit = %,.0f ÷ %,.0f records/s = %.2f%n",
                amrs.perSecond(), plain.perSecond(), amrs.perSecond() / plain.perSecond());
        for (String line : statements) {
            System.out.println(
                    "BENCH kafka: PostgreSQL's statements (edge and central) in ours' throughput run: " + line);
        }
    }

    private void lag(Pipeline ours, Pipeline limit, List<List<NewRecord>> polls) {
        Instant from = polls.getFirst().getFirst().record().timestamp();
        Instant to = polls.getLast().getFirst().record().timestamp();
        Run amrs = run(ours, polls, PACE);
        Run plain = run(limit, polls, PACE);
        Latencies oursLags = Latencies.of(ours.lags(from, to).stream());
        Latencies plainLags = Latencies.of(limit.lags(from, to).stream());
        String what = "%,d records, %,d every %d ms".formatted(amrs.records, MACHINES, PACE.toMillis());
        System.out.printf(
                "BENCH kafka: lag edge → central, ours (%s): %s; %s%n",
                what, oursLags, amrs.cpu.describe(amrs.records, true));
        System.out.printf(
                "BENCH kafka: lag edge → central, limit (%s): %s; %s%n",
                what, plainLags, plain.cpu.describe(plain.records, false));
        System.out.printf(
                "BENCH kafka: lag p99, ours ÷ limit = %.1f ÷ %.1f ms = %.1f%n",
                oursLags.p99(), plainLags.p99(), oursLags.p99() / plainLags.p99());
    }

    /** Hands the polls over, every {@code pace} or as fast as taken, and waits until central holds them all. */
    private Run run(Pipeline pipeline, List<List<NewRecord>> polls, Duration pace) {
        checkpoint();
        long records = polls.stream().mapToLong(List::size).sum();
        long target = pipeline.arrived() + records;
        var cpu = PipelineCpu.now(sites.edge(), sites.central(), postgres, broker);
        long started = System.nanoTime();
        for (int i = 0; i < polls.size(); i++) {
            if (pace != null) {
                LockSupport.parkNanos(started + i * pace.toNanos() - System.nanoTime());
            }
            pipeline.send(polls.get(i));
        }
        pipeline.sent();
        double sent = seconds(started);
        double inKafka = Double.NaN;
        while (pipeline.arrived() < target) {
            if (Double.isNaN(inKafka) && pipeline.inKafka()) {
                inKafka = seconds(started);
            }
            if (System.nanoTime() - started > GIVE_UP.toNanos()) {
                throw new IllegalStateException("Not all records at central after " + GIVE_UP);
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
        double arrived = seconds(started);
        var used =
                PipelineCpu.now(sites.edge(), sites.central(), postgres, broker).since(cpu);
        return new Run(records, sent, Double.isNaN(inKafka) ? arrived : inKafka, arrived, used);
    }

    private void checkpoint() {
        try (var connection = postgres.connect("postgres");
                var statement = connection.createStatement()) {
            statement.execute("checkpoint");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql) throws SQLException {
        try (var connection = postgres.connect(CENTRAL)) {
            return AmrsPipeline.query(connection, sql);
        }
    }

    private static List<List<NewRecord>> records(List<Poll> polls) {
        return polls.stream().map(Poll::records).toList();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
