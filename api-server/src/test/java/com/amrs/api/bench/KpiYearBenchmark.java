package com.amrs.api.bench;

import com.amrs.api.support.TestDatabase;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code GET /api/kpis?days=366} over 100 machines × one year of rollups (issue 19): the year as retention
 * leaves it, the shift rollup and the stops kept, the raw records of all but the last days dropped. Seeds
 * {@code production_shift_totals} (100 × 366 × 3 rows, every shift covered), four stops per machine and day in
 * {@code machine_stops} and today's raw records through the triggers, then times real HTTP calls on localhost.
 * Prints the first call (the readers keep nothing yet), p50/p95/p99/max and the ratio to {@code days=1}; asserts
 * nothing. Run: {@code bench/api-server.sh
 * kpis-year}.
 */
@Tag("benchmark")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "amrs.api.collector.enabled=false",
            "amrs.security.anonymous-read=true",
            "logging.level.com.amrs=warn"
        })
class KpiYearBenchmark {

    private static final int MACHINES = 100;
    private static final int WARM_UP = 50;
    private static final int CALLS = Integer.getInteger("bench.calls", 2_000) / 4;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "amrs_bench_kpi_year");
    }

    @Test
    void kpisOfAYearOfAHundredMachines() throws Exception {
        long started = System.nanoTime();
        seed();
        System.out.printf(
                "BENCH kpis-year: seeded %,d shift rows, %,d stops, %,d raw records in %.1f s%n",
                count("production_shift_totals"),
                count("machine_stops"),
                count("live_production"),
                (System.nanoTime() - started) / 1e9);

        HttpClient http = HttpClient.newHttpClient();
        double year = time(http, "/api/kpis?days=366");
        double day = time(http, "/api/kpis?days=1");
        System.out.printf("BENCH kpis-year: p99 days=366 / days=1 = %.2f%n", year / day);
    }

    private void seed() {
        jdbc.sql("truncate live_production, machine_stops") // its trigger empties the rollups
                .update();
        jdbc.sql("""
                        insert into production_shift_totals (production_date, machine_id, shift, units_produced,
                                                             defective_units, downtime_min, planned_sec, ideal_run_sec,
                                                             record_count, last_seen, first_start)
                        select d, 'Filler' || m, s.name, 14000 + m, 100 + (m + extract(doy from d)::int) % 50,
                               40, 28800, 1.5 * (14000 + m), 5760,
                               d + s.starts + interval '8 hours', d + s.starts - interval '5 seconds'
                        from generate_series(1, :machines) m,
                             generate_series(current_date - 365, current_date - 1, interval '1 day') g(day),
                             lateral (select cast(g.day as date) as d) dd,
                             (values ('A', interval '6 hours'), ('B', interval '14 hours'), ('C', interval '22 hours'))
                                 s(name, starts)
                        """).param("machines", MACHINES).update();
        jdbc.sql("""
                        insert into machine_stops (machine_id, started_at, ended_at, duration_sec, state, fault_code,
                                                   reason_code, reason, category, production_date, shift)
                        select 'Filler' || m, d + h, d + h + interval '10 minutes', 600, 'DOWN', 7,
                               case when k % 2 = 0 then 101 end, case when k % 2 = 0 then 'Jam' else 'Unassigned' end,
                               'unplanned', d, case when h < interval '14 hours' then 'A' else 'B' end
                        from generate_series(1, :machines) m,
                             generate_series(current_date - 365, current_date - 1, interval '1 day') g(day),
                             lateral (select cast(g.day as date) as d) dd,
                             unnest(array[interval '7 hours', interval '10 hours', interval '15 hours',
                                          interval '19 hours']) with ordinality as t(h, k)
                        """).param("machines", MACHINES).update();
        jdbc.sql("""
                        insert into live_production (machine_id, production_date, shift, units_produced,
                                                     defective_units, downtime_min, state, source, recorded_at,
                                                     interval_sec, ideal_cycle_sec)
                        select 'Filler' || m, current_date, 'A', 2, 0, 0, 'RUNNING', 'bench', ts, 5, 1.5
                        from generate_series(1, :machines) m,
                             generate_series(current_date + interval '6 hours 5 seconds',
                                             greatest(now(), current_date + interval '6 hours 5 seconds'),
                                             interval '5 seconds') ts
                        where ts < current_date + interval '14 hours'
                        """).param("machines", MACHINES).update();
        jdbc.sql("analyze").update();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** Returns the p99 in ms. */
    private double time(HttpClient http, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .build();
        long firstStarted = System.nanoTime();
        call(http, request);
        System.out.printf(
                "BENCH kpis-year: first call of %s (nothing kept yet): %.1f ms%n",
                path, (System.nanoTime() - firstStarted) / 1e6);
        for (int i = 1; i < WARM_UP; i++) {
            call(http, request);
        }
        long[] micros = new long[CALLS];
        var process = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStarted = process.getProcessCpuTime();
        Duration postgresStarted = StorageThroughputBenchmark.postgresCpu();
        for (int i = 0; i < CALLS; i++) {
            long start = System.nanoTime();
            call(http, request);
            micros[i] = (System.nanoTime() - start) / 1_000;
        }
        double jvmCpu = (process.getProcessCpuTime() - cpuStarted) / 1e6 / CALLS;
        double postgresCpu =
                StorageThroughputBenchmark.postgresCpu().minus(postgresStarted).toNanos() / 1e6 / CALLS;
        Arrays.sort(micros);
        double p99 = at(micros, 0.99);
        System.out.printf(
                "BENCH kpis-year: %s: CPU per call %.1f ms (this JVM, server and client) + %.1f ms (PostgreSQL)%n",
                path, jvmCpu, postgresCpu);
        System.out.printf(
                "BENCH kpis-year: %,d calls of %s: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                CALLS, path, at(micros, 0.50), at(micros, 0.95), p99, micros[CALLS - 1] / 1000.0);
        String body = call(http, request);
        System.out.println("BENCH kpis-year: " + path + " " + body.substring(0, Math.min(body.length(), 300)));
        return p99;
    }

    private static String call(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1000.0;
    }
}
