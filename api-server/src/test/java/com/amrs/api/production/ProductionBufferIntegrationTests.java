package com.amrs.api.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.amrs.api.support.RestIntegrationTest;
import com.amrs.api.support.TestDatabase;
import com.amrs.api.system.AmrsProperties;
import com.amrs.api.system.CollectorProperties;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.unit.DataSize;

/**
 * The buffer between the collector and a real PostgreSQL that goes away, hangs, and comes back, with the
 * spool on real files (DESIGN.md §13).
 */
class ProductionBufferIntegrationTests extends RestIntegrationTest {

    private static final Instant START = Instant.parse("2026-01-26T08:00:00Z");

    @Autowired
    ProductionStore store;

    @Autowired
    AmrsProperties properties;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    DataSource dataSource;

    @TempDir
    Path spoolDir;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private ProductionBuffer buffer;

    @AfterEach
    void closeBuffer() throws IOException {
        startDatabase();
        if (buffer != null) {
            buffer.close();
        }
    }

    @Test
    void spoolsPollsWhileTheDatabaseIsAwayAndWritesThemBackWhenItReturns() throws IOException {
        buffer = buffer(spoolDir);
        buffer.add(poll(0));

        TestDatabase.stop();
        buffer.add(poll(1));
        buffer.add(poll(2));
        assertThat(buffer.size()).isEqualTo(6);
        assertThat(spoolBytesOnDisk(spoolDir)).isPositive();
        startDatabase();

        // the buffer's own writer, every second: nobody calls flush
        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).until(() -> count("live_production") == 9);
        assertThat(buffer.size()).isZero();
        assertThat(spoolBytesOnDisk(spoolDir)).isZero();
        assertThat(unitsPerMachine()).isEqualTo(Map.of("M1", 36L, "M2", 36L, "M3", 36L));
    }

    @Test
    void aSpoolLeftByACrashIsWrittenAtTheNextStartAndNothingTwice() throws Exception {
        buffer = buffer(spoolDir);
        TestDatabase.stop();
        buffer.add(poll(0));
        buffer.add(poll(1));
        buffer.close();
        // the crash came after the commit and before the spool forgot the polls: they are on disk still
        Path crashed = Files.createTempDirectory("amrs-spool-crashed");
        FileSystemUtils.copyRecursively(spoolDir, crashed);
        startDatabase();
        ProductionBuffer first = buffer(spoolDir);
        assertThat(first.flush()).isEqualTo(6);
        first.close();

        buffer = buffer(crashed);
        assertThat(buffer.size()).as("the spool as the crash left it").isEqualTo(6);
        assertThat(buffer.flush()).isEqualTo(6);

        assertThat(count("live_production")).isEqualTo(6);
        assertThat(unitsPerMachine()).isEqualTo(Map.of("M1", 24L, "M2", 24L, "M3", 24L));
        assertThat(jdbc.sql("select sum(units_produced) from production_shift_totals")
                        .query(Long.class)
                        .single())
                .isEqualTo(72L);
    }

    @Test
    void aHungDatabaseCostsOnePollTheWriteTimeoutAndThePollIsSpooled() throws Exception {
        buffer = buffer(spoolDir);
        try (Connection locker =
                        DriverManager.getConnection(TestDatabase.jdbcUrl("amrs_rest"), "postgres", "postgres");
                Statement lock = locker.createStatement()) {
            locker.setAutoCommit(false);
            lock.execute("lock table live_production in access exclusive mode");

            Instant before = Instant.now();
            buffer.add(poll(0));
            Duration took = Duration.between(before, Instant.now());
            buffer.add(poll(1));
            Duration second = Duration.between(before, Instant.now()).minus(took);

            // amrs.collector.write-timeout=1s; the next poll goes straight to the spool
            assertThat(took).isBetween(Duration.ofMillis(900), Duration.ofSeconds(5));
            assertThat(second).isLessThan(Duration.ofMillis(900));
            assertThat(buffer.size()).isEqualTo(6);
            locker.rollback();
        }
        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).until(() -> count("live_production") == 6);
    }

    /** Starts the database again, and forgets the pool's connections to the stopped one. */
    private void startDatabase() {
        TestDatabase.start();
        ((HikariDataSource) dataSource).getHikariPoolMXBean().softEvictConnections();
    }

    private ProductionBuffer buffer(Path dir) {
        return new ProductionBuffer(
                store,
                properties,
                new CollectorProperties(10, dir, DataSize.ofMegabytes(1), Duration.ofSeconds(1)),
                events,
                registry);
    }

    private static List<NewRecord> poll(int n) {
        return ProductionStoreIntegrationTests.records(3, START.plusSeconds(5L * n));
    }

    private Map<String, Long> unitsPerMachine() {
        return jdbc
                .sql("select machine_id, sum(units_produced) from live_production group by 1")
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static long spoolBytesOnDisk(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            long bytes = 0;
            for (Path file : files.toList()) {
                bytes += Files.size(file);
            }
            return bytes;
        }
    }
}
