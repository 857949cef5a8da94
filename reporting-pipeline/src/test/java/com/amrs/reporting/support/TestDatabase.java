package com.amrs.reporting.support;

import com.amrs.testsupport.EmbeddedDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The test JVM's {@link EmbeddedDatabase} with the real Flyway schema of plant-store, which the api-server
 * migrates and the reporting pipeline only reads; the tests use its {@code postgres} database.
 */
public final class TestDatabase {

    public static final String PASSWORD = EmbeddedDatabase.PASSWORD;

    private static final String NAME = "postgres";
    private static final String MIGRATIONS = "classpath:db/migration";
    private static boolean migrated;

    private TestDatabase() {}

    public static void register(DynamicPropertyRegistry registry) {
        start();
        registry.add("DB_PORT", EmbeddedDatabase::port);
        registry.add("DB_NAME", () -> NAME);
        registry.add("DB_USER", () -> EmbeddedDatabase.USER);
        registry.add("DB_PASSWORD", () -> PASSWORD);
    }

    public static int port() {
        start();
        return EmbeddedDatabase.port();
    }

    public static JdbcClient jdbc() {
        start();
        return JdbcClient.create(EmbeddedDatabase.dataSource(NAME));
    }

    /** Empties the tables the tests write. */
    public static void clean() {
        jdbc().sql("truncate live_production, validation_events, report_jobs, reports, rejected_records, machine_stops")
                .update();
    }

    private static synchronized void start() {
        if (!migrated) {
            EmbeddedDatabase.migrate(NAME, MIGRATIONS);
            migrated = true;
        }
    }
}
