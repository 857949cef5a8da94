package com.amrs.launcher.command;

import com.amrs.launcher.process.Command;
import com.amrs.launcher.process.Os;
import com.amrs.launcher.settings.Home;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** dashboard/vendor/ (Chart.js, the STOMP client) comes from npm ci; refreshed when package-lock.json changed. */
final class DashboardVendor {

    private DashboardVendor() {}

    static void prepare(Home home) {
        Path dashboard = home.root().resolve("dashboard");
        Path lock = dashboard.resolve("package-lock.json");
        Path vendor = dashboard.resolve("vendor");
        try {
            if (!Files.exists(lock)
                    || (Files.isDirectory(vendor)
                            && Files.getLastModifiedTime(lock).compareTo(Files.getLastModifiedTime(vendor)) <= 0)) {
                return;
            }
        } catch (IOException e) {
            return;
        }
        String npm = Os.windows() ? "npm.cmd" : "npm";
        if (Command.output(List.of(npm, "--version")).isBlank()) {
            System.err.println("amrs: warning: dashboard/vendor/ (Chart.js, STOMP client) is missing and npm is not"
                    + " installed: the page will lack its charts. Install Node.js 18+ (apt-get install nodejs npm)"
                    + " and run: (cd dashboard && npm ci)");
            return;
        }
        System.out.println("Installing the dashboard's npm packages (npm ci) ...");
        int exit;
        try {
            Files.createDirectories(home.logs());
            var process = new ProcessBuilder(npm, "ci", "--no-audit", "--no-fund")
                    .directory(dashboard.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            home.log("dashboard").toFile()))
                    .start();
            exit = process.waitFor();
        } catch (IOException e) {
            exit = -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exit = -1;
        }
        if (exit != 0) {
            System.err.println("amrs: warning: npm ci failed in dashboard/ (see " + home.log("dashboard")
                    + "): the page will lack its charts");
        }
    }
}
