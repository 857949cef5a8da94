package com.amrs.dashboard.support;

import com.amrs.testsupport.ChildProcess;
import com.amrs.testsupport.FreePorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Real nginx running dashboard/nginx.conf: the very file that is deployed, with only the listen
 * port, the root and the api-server address replaced; temp files, pid and logs in a work directory.
 */
public final class Nginx {

    public static final Path BINARY = Path.of("/usr/sbin/nginx");

    private final ChildProcess process;
    private final int port;
    private final Http http;

    private Nginx(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
        this.http = new Http("http://127.0.0.1:" + port);
    }

    /** Starts nginx on a free port in front of {@code 127.0.0.1:upstreamPort}. */
    public static Nginx start(Path dashboardDir, Path prefix, int upstreamPort) {
        int port = FreePorts.next();
        String config = deployedConfig(dashboardDir);
        config = replaceOnce(config, "listen 8080;", "listen 127.0.0.1:" + port + ";");
        config = replaceOnce(config, "root /usr/share/nginx/html;", "root " + dashboardDir + ";");
        config = replaceOnce(config, "server api-server:8000;", "server 127.0.0.1:" + upstreamPort + ";");
        try {
            Files.createDirectories(prefix.resolve("logs"));
            Files.writeString(prefix.resolve("nginx.conf"), config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String globals = "daemon off; pid " + prefix.resolve("nginx.pid") + ";";
        if ("root".equals(System.getProperty("user.name"))) {
            // as root, workers would run as "nobody", who may not read a checkout under /root or /tmp
            globals += " user root root;";
        }
        var process = new ChildProcess(
                "nginx",
                List.of(
                        BINARY.toString(),
                        "-p",
                        prefix + "/",
                        "-c",
                        prefix.resolve("nginx.conf").toString(),
                        "-e",
                        prefix.resolve("logs/error.log").toString(),
                        "-g",
                        globals),
                Map.of(),
                prefix,
                prefix.resolve("logs/nginx.log"));
        process.start();
        process.awaitReady(Duration.ofSeconds(20), () -> FreePorts.listening(port));
        return new Nginx(process, port);
    }

    public static String deployedConfig(Path dashboardDir) {
        try {
            return Files.readString(dashboardDir.resolve("nginx.conf"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String replaceOnce(String config, String original, String replacement) {
        int first = config.indexOf(original);
        if (first < 0 || config.indexOf(original, first + 1) >= 0) {
            throw new IllegalStateException(
                    "dashboard/nginx.conf must contain '" + original + "' exactly once (the tests replace it)");
        }
        return config.replace(original, replacement);
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public Http http() {
        return http;
    }

    /** The access log (nginx writes it to stdout), one request a line. */
    public List<String> accessLog() {
        try {
            return new String(Files.readAllBytes(process.logFile()), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void stop() {
        process.stop(Duration.ofSeconds(10));
    }
}
