package com.amrs.api.support;

import com.amrs.testsupport.EmbeddedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The api-server's databases in the test JVM's {@link EmbeddedDatabase}: each Spring test context gets its own,
 * created on first use, with the collector's spool of that database beside it.
 */
public final class TestDatabase {

    public static final String PASSWORD = EmbeddedDatabase.PASSWORD;

    private TestDatabase() {}

    /** Points the context's datasource at database {@code name}, created on first use. */
    public static void register(DynamicPropertyRegistry registry, String name) {
        ensureDatabase(name);
        registry.add("spring.datasource.url", () -> jdbcUrl(name));
        registry.add("spring.datasource.username", () -> EmbeddedDatabase.USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
        registry.add("amrs.collector.spool-dir", () -> spoolDir(name).toString());
    }

    /** The collector's spool of the contexts on database {@code name}: emptied with the database. */
    public static Path spoolDir(String name) {
        return EmbeddedDatabase.home().getParent().resolve("spool").resolve(name);
    }

    public static int port() {
        start();
        return EmbeddedDatabase.port();
    }

    public static String jdbcUrl(String name) {
        return EmbeddedDatabase.jdbcUrl(name) + "?reWriteBatchedInserts=true";
    }

    /** Database {@code name}, created on first use and migrated to the newest schema, for tests without Spring. */
    public static JdbcClient migrated(String name) {
        ensureDatabase(name);
        EmbeddedDatabase.migrate(name, "classpath:db/migration");
        return JdbcClient.create(new DriverManagerDataSource(jdbcUrl(name), EmbeddedDatabase.USER, PASSWORD));
    }

    public static synchronized void ensureDatabase(String name) {
        if (EmbeddedDatabase.createOnce(name)) {
            deleteRecursively(spoolDir(name));
        }
    }

    /** Starts the server: the first time on a fresh data directory, later on the same data. */
    public static void start() {
        EmbeddedDatabase.start();
    }

    /** Stops the server (fast shutdown); its data stays for {@link #start()}. */
    public static void stop() {
        EmbeddedDatabase.stop();
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot empty " + dir, e);
        }
    }
}
