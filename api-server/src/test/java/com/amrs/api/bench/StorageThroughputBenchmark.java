package com.amrs.api.bench;

import com.amrs.api.production.NewRecord;
import com.amrs.api.production.ProductionBuffer;
import com.amrs.api.support.TestDatabase;
import com.amrs.core.machine.MachineState;
import com.amrs.core.production.ProductionRecord;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.core.shift.ShiftSlot;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Storage throughput (bench/README.md): polls of 1,000 machines written the way the collector
 * writes them (ProductionBuffer → ProductionStore: one set-based insert and one transaction per poll,
 * rollup triggers once per poll) into the embedded PostgreSQL. Prints records per second; asserts nothing.
 * Run: {@code ./mvnw -pl api-server -am -Pbench verify -Dtest=StorageThroughputBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(
        properties = {
            "amrs.api.collector.enabled=false",
            "amrs.security.anonymous-read=true",
            "logging.level.com.amrs=warn"
        })
class StorageThroughputBenchmark {

    private static final int MACHINES = 1_000;
    private static final int WARM_UP_POLLS = 30;
    private static final int MEASURED_POLLS = Integer.getInteger("bench.polls", 300);
    private static final Instant START = Instant.parse("2026-01-26T06:00:00Z");

    @Autowired
    ProductionBuffer buffer;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "amrs_bench_storage");
    }

    @Test
    void storesPollsOfAThousandMachines() {
        ShiftCalendar calendar = ShiftCalendar.defaults(ZoneOffset.UTC);
        write(polls(0, WARM_UP_POLLS, calendar));
        List<List<NewRecord>> measured = polls(WARM_UP_POLLS, MEASURED_POLLS, calendar);

        var threads = ManagementFactory.getThreadMXBean();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        Duration postgresStarted = postgresCpu();
        long started = System.nanoTime();
        write(measured);
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
        double postgresSeconds = postgresCpu().minus(postgresStarted).toMillis() / 1e3;
        long records = (long) MEASURED_POLLS * MACHINES;
        System.out.printf(
                "BENCH storage: CPU used: writer thread %.2f s + PostgreSQL %.2f s = %.1f µs per record"
                        + " (%,.0f records/s when neither waits for a core), in %.2f s wall%n",
                cpuSeconds,
                postgresSeconds,
                (cpuSeconds + postgresSeconds) * 1e6 / records,
                records / (cpuSeconds + postgresSeconds),
                seconds);
        long rows = jdbc.sql("select count(*) from live_production")
                .query(Long.class)
                .single();
        System.out.printf(
                "BENCH storage: %,d records in %d polls of %,d machines in %.2f s = %,.0f records/s (%,d rows stored)%n",
                records, MEASURED_POLLS, MACHINES, seconds, records / seconds, rows);
    }

    /** CPU time of the embedded PostgreSQL: its postmaster (found by port) and all its children. */
    static Duration postgresCpu() {
        String port = String.valueOf(TestDatabase.port());
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().orElse("").endsWith("/postgres"))
                .filter(p -> List.of(p.info().arguments().orElse(new String[0])).contains(port))
                .flatMap(p -> Stream.concat(Stream.of(p), p.descendants()))
                .map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }

    private void write(List<List<NewRecord>> polls) {
        for (List<NewRecord> poll : polls) {
            buffer.add(poll);
            if (buffer.size() != 0) {
                throw new IllegalStateException("a poll was not written but spooled");
            }
        }
    }

    private static List<List<NewRecord>> polls(int first, int count, ShiftCalendar calendar) {
        List<List<NewRecord>> polls = new ArrayList<>(count);
        for (int p = first; p < first + count; p++) {
            polls.add(poll(p, MACHINES, calendar));
        }
        return polls;
    }

    /** Poll {@code p} of machines {@code OPC-UA-M1} … every 5 s from {@link #START}, source {@code opcua}. */
    static List<NewRecord> poll(int p, int machines, ShiftCalendar calendar) {
        Instant at = START.plusSeconds(5L * p);
        ShiftSlot slot = calendar.slotOf(at);
        List<NewRecord> poll = new ArrayList<>(machines);
        for (int m = 1; m <= machines; m++) {
            var record = new ProductionRecord(
                    "OPC-UA-M" + m,
                    slot.productionDate(),
                    slot.shift(),
                    3 + (m + p) % 3,
                    (m + p) % 17 == 0 ? 1 : 0,
                    (m + p) % 50 == 0 ? 0.0833 : 0,
                    MachineState.RUNNING,
                    "opcua",
                    at);
            poll.add(new NewRecord(record, Duration.ofSeconds(5), 1.5, List.of()));
        }
        return poll;
    }
}
