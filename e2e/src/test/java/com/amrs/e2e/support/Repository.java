package com.amrs.e2e.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the tests find the repository and where ./amrs keeps its state during the run (set by the
 * pom's surefire configuration). A missing jar fails the tests with what to do: nothing is skipped.
 */
public record Repository(Path root, Path home, Path pgsql) {

    public static final List<String> JAR_MODULES =
            List.of("plc-simulator", "api-server", "reporting-pipeline", "launcher");

    public static Repository fromSystemProperties() {
        return new Repository(
                path("amrs.root", ".."), path("amrs.home", "target/amrs-home"), path("amrs.pgsql", "target/pgsql"));
    }

    private static Path path(String property, String fallback) {
        return Path.of(System.getProperty(property, fallback)).toAbsolutePath().normalize();
    }

    public Path file(String relative) {
        return root.resolve(relative);
    }

    public Path jar(String module) {
        return root.resolve(module).resolve("target").resolve(module + ".jar");
    }

    /** The jars ./amrs up runs: the other modules build them before this one. */
    public void requireJars() {
        for (String module : JAR_MODULES) {
            if (!Files.isRegularFile(jar(module))) {
                throw new IllegalStateException("The end-to-end tests run " + jar(module) + ", which is missing. Run"
                        + " ./mvnw verify at the root (e2e is its last module), or build the jars first:"
                        + " ./mvnw -DskipTests package");
            }
        }
        if (!Files.isExecutable(file("amrs"))) {
            throw new IllegalStateException(file("amrs") + " is missing or not executable (chmod +x amrs)");
        }
    }
}
