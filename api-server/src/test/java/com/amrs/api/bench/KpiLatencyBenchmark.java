package com.amrs.api.bench;

import com.amrs.api.support.TestDatabase;
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
 * {@code GET /api/kpis?days=30} and {@code /api/production/hourly?days=1} latency over 30 days of 3
 * machines polled every 5 s (1,555,200 rows, seeded with generate_series through the rollup
 * triggers), measured with real HTTP calls to the running server on localhost. Prints p50/p95/p99/max; asserts nothing.
 * Run: {@code ./mvnw -pl api-server -am -Pbench verify -Dtest=KpiLatencyBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "amrs.api.collector.enabled=false",
            "amrs.security.anonymous-read=true",
            "logging.level.com.amrs=warn"
        })
class KpiLatencyBenchmark {

    private static final int WARM_UP = 300;
    private static final int CALLS = Integer.getInteger("bench.calls", 2_000);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "amrs_bench_kpi");
    }

    @Test
    void kpisAndHourlyTrendOfThirtyDaysOfThreeMachines() throws Exception {
        long started = System.nanoTime();
        jdbc.sql("truncate live_production").update();
        int rows = jdbc.sql("""
                        insert into live_production (machine_id, production_date, shift, units_produced, defective_units,
                                                     downtime_min, state, source, recorded_at, interval_sec, ideal_cycle_sec)
                        select 'OPC-UA-M' || m,
                               ((ts at time zone 'UTC') - interval '6 hours')::date,
                               case when extract(hour from ts at time zone 'UTC') between 6 and 13 then 'A'
                                    when extract(hour from ts at time zone 'UTC') between 14 and 21 then 'B'
                                    else 'C' end,
                               2 + (m + n) % 3, case when (m + n) % 17 = 0 then 1 else 0 end,
                               case when (m + n) % 50 = 0 then 0.0833 else 0 end,
                               'RUNNING', 'bench', ts, 5, 1.5
                        from generate_series(1, 3) as m,
                             generate_series(date_trunc('day', now()) - interval '29 days',
                                             date_trunc('day', now()) + interval '1 day' - interval '5 seconds',
                                             interval '5 seconds') with ordinality as t(ts, n)
                        """).update();
        jdbc.sql("analyze").update();
        System.out.printf("BENCH kpis: seeded %,d rows in %.1f s%n", rows, (System.nanoTime() - started) / 1e9);

        HttpClient http = HttpClient.newHttpClient();
        for (String path : new String[] {"/api/kpis?days=30", "/api/production/hourly?days=1"}) {
            time(http, path);
        }
    }

    private void time(HttpClient http, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .build();
        for (int i = 0; i < WARM_UP; i++) {
            call(http, request);
        }
        long[] micros = new long[CALLS];
        for (int i = 0; i < CALLS; i++) {
            long start = System.nanoTime();
            call(http, request);
            micros[i] = (System.nanoTime() - start) / 1_000;
        }
        Arrays.sort(micros);
        System.out.printf(
                "BENCH kpis: %,d calls of %s: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                CALLS, path, at(micros, 0.50), at(micros, 0.95), at(micros, 0.99), micros[CALLS - 1] / 1000.0);
        String body = call(http, request);
        System.out.println("BENCH kpis: " + path + " " + body.substring(0, Math.min(body.length(), 300)));
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
