package com.amrs.launcher.process;

import com.amrs.launcher.LauncherException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * dashboard/nginx.conf for this machine: the three lines the compose setup fixes (the port, the page's
 * folder, the api-server's address) replaced, nothing else. nginx.conf says so, and LocalNginxConfigTests
 * fails when one of them is no longer there exactly once.
 */
public final class NginxConfig {

    static final String LISTEN = "listen 8080;";
    static final String ROOT = "root /usr/share/nginx/html;";
    static final String UPSTREAM = "server api-server:8000;";

    private NginxConfig() {}

    public static String local(String config, Path root, int port, int apiPort) {
        for (String line : new String[] {LISTEN, ROOT, UPSTREAM}) {
            if (config.indexOf(line) < 0 || config.indexOf(line) != config.lastIndexOf(line)) {
                throw new LauncherException(
                        "dashboard/nginx.conf must contain '" + line + "' exactly once (the launcher replaces it)");
            }
        }
        return config.replace(LISTEN, "listen " + port + ";")
                .replace(ROOT, "root " + root + ";")
                .replace(UPSTREAM, "server 127.0.0.1:" + apiPort + ";");
    }

    static void write(Path root, Path target, int port, int apiPort) {
        try {
            String config = Files.readString(root.resolve("nginx.conf"));
            Files.createDirectories(target.getParent());
            Files.writeString(target, local(config, root, port, apiPort));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
