package com.amrs.dashboard.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The users the tests log in as, made once per test JVM as an admin makes them (DESIGN.md §15): {@code java
 * -jar api-server.jar users add NAME --role ROLE}, the password on standard input, the api-server's database
 * settings in the environment.
 */
public final class PlantUsers {

    public record User(String name, String role, String password) {

        /** The header of a call with HTTP Basic, as a script of this user makes it. */
        public String basicAuthorization() {
            return "Basic "
                    + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
    }

    public static final User OPERATOR = new User("olga", "operator", "olga-operates-line-3");
    public static final User VIEWER = new User("vic", "viewer", "vic-only-looks-on");

    private static boolean made;

    private PlantUsers() {}

    /** Makes both unless they exist (made by this JVM, or on this database before). */
    public static synchronized void ensure(ApiServer apiServer) {
        if (!made) {
            List<Process> commands = new ArrayList<>();
            for (User user : List.of(OPERATOR, VIEWER)) {
                commands.add(usersAdd(apiServer, user));
            }
            for (Process command : commands) {
                await(command);
            }
            made = true;
        }
    }

    private static Process usersAdd(ApiServer apiServer, User user) {
        List<String> command = new ArrayList<>(Simulator.Java.command(apiServer.jar()));
        command.addAll(List.of("users", "add", user.name(), "--role", user.role()));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(apiServer.environment());
        try {
            Process process = builder.start();
            try (var stdin = process.getOutputStream()) {
                stdin.write((user.password() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run users add " + user.name(), e);
        }
    }

    /** Exit 0: added; 1: the name exists already; anything else fails with what the command said. */
    private static void await(Process command) {
        try {
            String output = new String(command.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!command.waitFor(60, TimeUnit.SECONDS)) {
                command.destroyForcibly();
                throw new IllegalStateException("users add did not end within 60 s:\n" + output);
            }
            if (command.exitValue() > 1) {
                throw new IllegalStateException("users add failed (" + command.exitValue() + "):\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: users add", e);
        }
    }
}
