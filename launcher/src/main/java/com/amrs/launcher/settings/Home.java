package com.amrs.launcher.settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout and the state directory ({@code AMRS_HOME}, default {@code .amrs}) with what lives in it. */
public record Home(Path root, Path dir) {

    public static Home of(Path root, String amrsHome) {
        Path dir = amrsHome == null || amrsHome.isBlank() ? root.resolve(".amrs") : Path.of(amrsHome);
        try {
            Files.createDirectories(dir);
            return new Home(root.toRealPath(), dir.toRealPath());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the state directory " + dir, e);
        }
    }

    public Path run() {
        return dir.resolve("run");
    }

    public Path logs() {
        return dir.resolve("logs");
    }

    public Path log(String service) {
        return logs().resolve(service + ".log");
    }

    public Path lib() {
        return dir.resolve("lib");
    }

    public Path pgdata() {
        return dir.resolve("pgdata");
    }

    public Path secrets() {
        return dir.resolve("secrets");
    }

    public Path tmp() {
        return dir.resolve("tmp");
    }

    public Path pidFile(String service) {
        return run().resolve(service + ".pid");
    }
}
