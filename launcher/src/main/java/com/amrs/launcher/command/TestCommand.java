package com.amrs.launcher.command;

import com.amrs.launcher.LauncherException;
import com.amrs.launcher.build.Maven;
import com.amrs.launcher.settings.Home;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./amrs test}: installs what the browser and end-to-end tests need and the machine lacks (with apt-get
 * as root, else it names the command), then {@code ./mvnw -B -ntp verify ARGS}.
 */
final class TestCommand {

    /** Program → Debian package: Chromium and its driver, nginx, npm, and what the embedded PostgreSQL needs. */
    private static final Map<String, String> PROGRAMS = new LinkedHashMap<>();

    static {
        PROGRAMS.put("chromium", "chromium");
        PROGRAMS.put("chromedriver", "chromium-driver");
        PROGRAMS.put("nginx", "nginx");
        PROGRAMS.put("npm", "npm");
        PROGRAMS.put("unshare", "util-linux");
    }

    private TestCommand() {}

    static int run(Home home, List<String> arguments) {
        boolean dryRun = false;
        List<String> maven = new ArrayList<>(arguments);
        if (!maven.isEmpty() && maven.getFirst().equals("--dry-run")) {
            dryRun = true;
            maven.removeFirst();
        } else if (!maven.isEmpty()
                && (maven.getFirst().equals("--help") || maven.getFirst().equals("-h"))) {
            System.out.println(usage());
            System.out.println();
            dryRun = true;
            maven.removeFirst();
        }
        System.out.println("Java: " + System.getProperty("java.home") + " (Java "
                + Runtime.version().feature() + ")");
        List<String> missing = PROGRAMS.keySet().stream()
                .filter(p -> !installed(p))
                .map(PROGRAMS::get)
                .toList();
        List<String> command = new ArrayList<>(List.of(Maven.wrapper(home.root()), "-B", "-ntp", "verify"));
        command.addAll(maven);
        String shown = "./mvnw -B -ntp verify" + (maven.isEmpty() ? "" : " " + String.join(" ", maven));
        if (dryRun) {
            System.out.println("Would install: "
                    + (missing.isEmpty() ? "nothing, every program is there" : String.join(" ", missing)));
            System.out.println("Would run: " + shown);
            return 0;
        }
        if (!missing.isEmpty()) {
            AptGet.install(missing);
        }
        System.out.println("Running: " + shown);
        return inherit(command, home.root());
    }

    static String usage() {
        return """
                Usage: ./amrs test [--dry-run] [MAVEN ARGUMENTS]

                Runs every test: picks a JDK 21+ as ./amrs up does, installs what the browser and end-to-end tests
                need and the machine lacks (%s) with apt-get when run as root, else names
                the command to run, then ./mvnw -B -ntp verify MAVEN ARGUMENTS (e.g. -pl core -am, -Dtest=...).
                --dry-run (and --help) prints what it would do on this machine, and does nothing.""".formatted(String.join(" ", PROGRAMS.keySet()));
    }

    static boolean installed(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return program.equals("nginx") && Files.isExecutable(Path.of("/usr/sbin/nginx"));
    }

    static int inherit(List<String> command, Path directory) {
        try {
            return new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .inheritIO()
                    .start()
                    .waitFor();
        } catch (IOException e) {
            throw new LauncherException("cannot run " + command.getFirst() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }
}
