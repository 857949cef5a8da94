package com.amrs.launcher.settings;

import com.amrs.launcher.LauncherException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Who serves the dashboard: nginx with dashboard/nginx.conf when it is installed ({@code AMRS_NGINX} names
 * one), else the launcher; {@code AMRS_NGINX=off} chooses the launcher even with nginx installed.
 */
final class Nginx {

    private Nginx() {}

    static Optional<Path> choose(String setting) {
        if ("off".equals(setting)) {
            return Optional.empty();
        }
        if (setting != null && !setting.isEmpty()) {
            Path named = Path.of(setting);
            if (!Files.isRegularFile(named) || !Files.isExecutable(named)) {
                throw new LauncherException(
                        "AMRS_NGINX must be off or the path of the nginx program, got '" + setting + "'");
            }
            return Optional.of(named);
        }
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.concat(Stream.of(path.split(File.pathSeparator)), Stream.of("/usr/sbin"))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, "nginx"))
                .filter(candidate -> Files.isRegularFile(candidate) && Files.isExecutable(candidate))
                .findFirst();
    }
}
