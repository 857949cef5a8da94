package com.amrs.launcher.process;

import com.amrs.launcher.settings.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.List;

/**
 * The dashboard on DASHBOARD_PORT: nginx with a copy of dashboard/nginx.conf when nginx is installed, else
 * the launcher's own server (the same files, headers and proxying) as a process of its own.
 */
final class DashboardCommand {

    private DashboardCommand() {}

    static List<String> of(Settings settings) {
        Path root = settings.home().root().resolve("dashboard");
        if (settings.nginx().isEmpty()) {
            return List.of(
                    Os.java(),
                    "-Xmx96m",
                    "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1",
                    "-jar",
                    LocalServices.jar(settings, "launcher").toString(),
                    "serve-dashboard",
                    "--port",
                    settings.get("DASHBOARD_PORT"),
                    "--root",
                    root.toString(),
                    "--api-port",
                    settings.get("API_PORT"));
        }
        Path prefix = settings.home().dir().resolve("nginx");
        NginxConfig.write(
                root, prefix.resolve("nginx.conf"), settings.port("DASHBOARD_PORT"), settings.port("API_PORT"));
        String globals = "daemon off; pid " + settings.home().run().resolve("nginx.pid") + ";" + workerUser(root);
        return List.of(
                settings.nginx().get().toString(),
                "-p",
                prefix + "/",
                "-c",
                prefix.resolve("nginx.conf").toString(),
                "-e",
                "/dev/stderr",
                "-g",
                globals);
    }

    /** As root, nginx's workers would run as nobody, who may not read the checkout: they run as its owner. */
    private static String workerUser(Path root) {
        if (!"root".equals(System.getProperty("user.name"))) {
            return "";
        }
        try {
            PosixFileAttributes owner = Files.readAttributes(root, PosixFileAttributes.class);
            return " user " + owner.owner().getName() + " " + owner.group().getName() + ";";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
