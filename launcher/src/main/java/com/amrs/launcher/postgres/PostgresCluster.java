package com.amrs.launcher.postgres;

import com.amrs.launcher.LauncherException;
import com.amrs.launcher.process.Command;
import com.amrs.launcher.settings.Home;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The embedded database cluster in {@code AMRS_HOME/pgdata}: TCP on localhost only, data kept across runs. */
public final class PostgresCluster {

    private final Home home;
    private final Path bin;

    public PostgresCluster(Home home, Path bin) {
        this.home = home;
        this.bin = bin;
    }

    public boolean exists() {
        return Files.isRegularFile(home.pgdata().resolve("PG_VERSION"));
    }

    /** A data directory made by another major version is refused with a message instead of a failed start. */
    public void checkVersion() {
        if (!exists()) {
            return;
        }
        String data = read(home.pgdata().resolve("PG_VERSION")).strip();
        String binaries = PostgresBinaries.version(bin);
        if (!data.equals(binaries)) {
            throw new LauncherException(home.pgdata() + " holds PostgreSQL " + data + " data but the binaries in "
                    + bin + " are version " + binaries + ": set AMRS_PGSQL to PostgreSQL " + data
                    + " binaries, or remove " + home.pgdata() + " to start afresh");
        }
    }

    public void create(String user, String password, String database) {
        System.out.printf(
                "Creating the database cluster in %s (user %s, database %s) ...%n", home.pgdata(), user, database);
        Path tmp = home.dir().resolve("pgdata.init");
        try {
            TxzArchive.delete(tmp);
            Files.createDirectories(home.run());
            Path pwfile = Files.createTempFile(home.run(), "pw.", "");
            try {
                Files.writeString(pwfile, password + "\n");
                int exit = run(
                        List.of(
                                program("initdb"),
                                "-D",
                                tmp.toString(),
                                "-U",
                                user,
                                "--pwfile=" + pwfile,
                                "-A",
                                "scram-sha-256",
                                "-E",
                                "UTF8",
                                "--no-locale"),
                        null);
                if (exit != 0) {
                    throw new LauncherException("initdb failed (see " + log() + ")");
                }
            } finally {
                Files.deleteIfExists(pwfile);
            }
            single(
                    tmp,
                    "CREATE DATABASE \"" + database + "\" OWNER \"" + user + "\"",
                    "could not create database " + database);
            Files.move(tmp, home.pgdata());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cluster made with another password (before the launcher generated its secrets) gets the generated one. */
    public void setPassword(String user, String password) {
        single(
                home.pgdata(),
                "ALTER ROLE \"" + user + "\" PASSWORD '" + password.replace("'", "''") + "'",
                "could not give database user " + user + " the generated password");
        System.out.printf("Gave database user %s the generated DB_PASSWORD of %s%n", user, home.secrets());
    }

    /** Starts the server and returns once it accepts connections. */
    public void start(int port) {
        System.out.printf("Starting PostgreSQL %s on port %d ...%n", PostgresBinaries.version(bin), port);
        // TCP on localhost only, no Unix socket (its path would depend on this directory's length)
        int exit = run(
                List.of(
                        program("pg_ctl"),
                        "-D",
                        home.pgdata().toString(),
                        "-l",
                        log().toString(),
                        "-w",
                        "-t",
                        "120",
                        "-o",
                        "-p " + port + " -c listen_addresses=localhost -c unix_socket_directories=''",
                        "start"),
                null);
        if (exit != 0) {
            throw new LauncherException("PostgreSQL did not start (see " + log() + ")");
        }
    }

    /** Fast shutdown: open transactions roll back, the committed data stays. Whether pg_ctl stopped it. */
    public boolean stop() {
        return run(
                        List.of(
                                program("pg_ctl"),
                                "-D",
                                home.pgdata().toString(),
                                "-m",
                                "fast",
                                "-w",
                                "-t",
                                "60",
                                "stop"),
                        null)
                == 0;
    }

    public Path log() {
        return home.log("postgres");
    }

    private void single(Path data, String statement, String failure) {
        Path output = home.run().resolve("postgres-single.out");
        try {
            Files.deleteIfExists(output);
            Command.run(
                    Platform.asPostgres(List.of(program("postgres"), "--single", "-D", data.toString(), "postgres")),
                    output,
                    statement + "\n");
            String said = Files.exists(output) ? Files.readString(output) : "";
            Files.deleteIfExists(output);
            // without the statement, which may hold a password
            Files.writeString(
                    log(),
                    said.lines()
                            .filter(line -> !line.contains("STATEMENT"))
                            .map(line -> line + "\n")
                            .reduce("", String::concat),
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            if (said.contains("ERROR") || said.contains("FATAL")) {
                throw new LauncherException(failure + " (see " + log() + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int run(List<String> command, String input) {
        return Command.run(Platform.asPostgres(new ArrayList<>(command)), log(), input);
    }

    private String program(String name) {
        return bin.resolve(Platform.executable(name)).toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
