package com.amrs.api.support;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The whole api-server on a real PostgreSQL and a free port, collector off and the clock fixed at
 * {@link #NOW} (plant time zone UTC), shared by every REST and live stream test class (one Spring
 * context). Tables are emptied before each test. The live stream's limits are short, so that the
 * tests see slow and dead clients dropped within a second or two.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "amrs.security.anonymous-read=true",
            "amrs.api.collector.enabled=false",
            "amrs.plant.name=" + RestIntegrationTest.PLANT_NAME,
            "amrs.api.api-key=" + RestIntegrationTest.API_KEY,
            "amrs.api.reports-dir=target/test-reports/rest",
            "amrs.collector.write-timeout=1s",
            "amrs.machines[0].id=OPC-UA-M9",
            "amrs.machines[0].ideal-cycle-time-seconds=2.0",
            "spring.jpa.properties.hibernate.generate_statistics=true",
            "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn",
            "amrs.api.live.send-time-limit=1s",
            "amrs.api.live.send-buffer-size-limit=256KB",
            "amrs.api.live.ping-interval=1s",
            "amrs.api.live.heartbeat=1s"
        })
@AutoConfigureMockMvc
@Import(FixedClockConfig.class)
public abstract class RestIntegrationTest {

    public static final String API_KEY = "rest-test-api-key";
    public static final String PLANT_NAME = "Werk Süd · Linie 3";
    public static final Instant NOW = Instant.parse("2026-01-26T10:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2026, 1, 26);

    @Autowired
    protected MockMvcTester mvc;

    @Autowired
    protected JdbcClient jdbc;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "amrs_rest");
    }

    @BeforeEach
    void emptyTables() {
        // report_jobs refers to reports: PostgreSQL truncates a referenced table only together with its referrers
        jdbc.sql("truncate live_production, validation_events, reports, report_jobs, rejected_records, "
                        + "counter_baselines, machine_stops")
                .update();
    }

    protected long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
