package com.amrs.api.bench;

import com.amrs.api.production.ProductionBuffer;
import com.amrs.api.support.TestDatabase;
import com.amrs.core.shift.ShiftCalendar;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Bytes per raw record (issue 19, bench/README.md): polls of {@code bench.machines} machines written the way the
 * collector writes them into {@code live_production}, then its month partition's heap and indexes per record,
 * beside the plain limit, the same rows in a table without indexes, and beside the same partition after a {@code
 * REINDEX} (what compacting a closed month would give). Asserts nothing. Run: {@code bench/api-server.sh bytes}.
 */
@Tag("benchmark")
@SpringBootTest(
        properties = {
            "amrs.api.collector.enabled=false",
            "amrs.security.anonymous-read=true",
            "logging.level.com.amrs=warn"
        })
class BytesPerRecordBenchmark {

    private static final int MACHINES = Integer.getInteger("bench.machines", 1_000);
    private static final int POLLS = Integer.getInteger("bench.polls", 300) * 3;
    private static final String PARTITION = "live_production_2026_01";

    @Autowired
    ProductionBuffer buffer;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "amrs_bench_bytes");
    }

    @Test
    void bytesPerRecordOfLiveProduction() {
        jdbc.sql("truncate live_production").update();
        jdbc.sql("select live_production_add_partitions(0, date '2026-01-01')")
                .query(String.class)
                .single();
        ShiftCalendar calendar = ShiftCalendar.defaults(ZoneOffset.UTC);
        for (int p = 0; p < POLLS; p++) {
            buffer.add(StorageThroughputBenchmark.poll(p, MACHINES, calendar));
        }
        jdbc.sql("vacuum analyze " + PARTITION).update();
        long rows =
                jdbc.sql("select count(*) from " + PARTITION).query(Long.class).single();
        System.out.printf(
                "BENCH bytes: %,d records (%,d polls of %,d machines) in %s%n", rows, POLLS, MACHINES, PARTITION);

        double ours = print("as written", rows);
        jdbc.sql("create table bytes_plain as select * from " + PARTITION).update();
        long plain = jdbc.sql("select pg_total_relation_size('bytes_plain')")
                .query(Long.class)
                .single();
        jdbc.sql("drop table bytes_plain").update();
        System.out.printf(
                "BENCH bytes: plain limit, the same rows in a table without indexes: %.1f bytes per record%n",
                (double) plain / rows);
        jdbc.sql("reindex table " + PARTITION).update();
        double compacted = print("after REINDEX", rows);
        System.out.printf(
                "BENCH bytes: ratio to the plain limit: as written %.2f, after REINDEX %.2f%n",
                ours / ((double) plain / rows), compacted / ((double) plain / rows));
    }

    /** Prints the heap and each index per record; returns the total per record. */
    private double print(String when, long rows) {
        long heap = jdbc.sql("select pg_relation_size(?::regclass)")
                .param(PARTITION)
                .query(Long.class)
                .single();
        long total = jdbc.sql("select pg_total_relation_size(?::regclass)")
                .param(PARTITION)
                .query(Long.class)
                .single();
        StringBuilder indexes = new StringBuilder();
        jdbc.sql("""
                        select c.relname, pg_relation_size(c.oid)
                        from pg_index i join pg_class c on c.oid = i.indexrelid
                        where i.indrelid = ?::regclass order by 1""").param(PARTITION).query(rs -> {
            indexes.append(String.format(", %s %.1f", rs.getString(1), rs.getLong(2) / (double) rows));
        });
        System.out.printf(
                "BENCH bytes: %s: %.1f bytes per record: heap %.1f%s (toast and maps the rest)%n",
                when, total / (double) rows, heap / (double) rows, indexes);
        return total / (double) rows;
    }
}
