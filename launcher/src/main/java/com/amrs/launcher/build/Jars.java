package com.amrs.launcher.build;

import com.amrs.launcher.LauncherException;
import com.amrs.launcher.settings.Home;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The services' jars: built when missing or older than their sources, copied privately for each run. */
public final class Jars {

    public static final List<String> SERVICES = List.of("plc-simulator", "api-server", "reporting-pipeline");
    private static final List<String> SHARED = List.of("core", "config-support", "plant-store");

    private Jars() {}

    public static Path built(Path root, String module) {
        return root.resolve(module).resolve("target").resolve(module + ".jar");
    }

    /** Builds the missing and stale jars with ./mvnw; with {@code AMRS_NO_BUILD=1} only says so. */
    public static void build(Path root, List<String> modules, boolean noBuild) {
        List<String> missing = modules.stream()
                .filter(m -> !Files.isRegularFile(built(root, m)))
                .toList();
        List<String> stale = modules.stream().filter(m -> stale(root, m)).toList();
        if (stale.isEmpty()) {
            return;
        }
        if (noBuild) {
            if (!missing.isEmpty()) {
                throw new LauncherException("missing jar(s) for " + String.join(" ", missing)
                        + " and AMRS_NO_BUILD=1: build them with ./mvnw -DskipTests package");
            }
            System.err.println("amrs: warning: jar(s) older than their sources (" + String.join(" ", stale)
                    + "), not rebuilt because AMRS_NO_BUILD=1");
            return;
        }
        System.out.println("Building " + String.join(" ", stale) + " (./mvnw -q -DskipTests package) ...");
        try {
            int exit = new ProcessBuilder(
                            Maven.wrapper(root),
                            "-q",
                            "-B",
                            "-ntp",
                            "-DskipTests",
                            "-pl",
                            String.join(",", stale),
                            "-am",
                            "package")
                    .directory(root.toFile())
                    .inheritIO()
                    .start()
                    .waitFor();
            if (exit != 0) {
                throw new LauncherException("the build failed; run ./mvnw -DskipTests package to see why");
            }
            // Maven leaves a jar whose classes did not change as it was: it is up to date with its sources now
            FileTime now = FileTime.from(Instant.now());
            for (String module : stale) {
                Files.setLastModifiedTime(built(root, module), now);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted during the build");
        }
    }

    /** The private copy a service runs: a rebuild never changes a jar under a running JVM. */
    public static void install(Home home, String module) {
        try {
            Files.createDirectories(home.lib());
            Path tmp = home.lib().resolve(module + ".jar.tmp");
            Files.copy(built(home.root(), module), tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, home.lib().resolve(module + ".jar"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the jar of " + module + " into " + home.lib(), e);
        }
    }

    /** A jar is stale when a source or pom of its module, of a shared module or of the root is newer. */
    static boolean stale(Path root, String module) {
        Path jar = built(root, module);
        if (!Files.isRegularFile(jar)) {
            return true;
        }
        List<Path> sources = new ArrayList<>(List.of(root.resolve("pom.xml")));
        for (String each : concat(module)) {
            sources.add(root.resolve(each).resolve("pom.xml"));
            sources.add(root.resolve(each).resolve("src/main"));
        }
        try {
            FileTime built = Files.getLastModifiedTime(jar);
            for (Path source : sources) {
                if (newer(source, built)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static List<String> concat(String module) {
        List<String> modules = new ArrayList<>(SHARED);
        modules.add(module);
        return modules;
    }

    private static boolean newer(Path source, FileTime built) throws IOException {
        if (!Files.exists(source)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(source)) {
            return files.anyMatch(file -> {
                try {
                    return Files.getLastModifiedTime(file).compareTo(built) > 0;
                } catch (IOException e) {
                    return true;
                }
            });
        }
    }
}
