package com.amrs.launcher.postgres;

import com.amrs.launcher.process.Command;
import com.amrs.launcher.process.Os;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the machine is, as far as running PostgreSQL goes. */
final class Platform {

    private static final String OS = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    private static final String ARCH = System.getProperty("os.arch").toLowerCase(Locale.ROOT);

    private Platform() {}

    static boolean windows() {
        return Os.windows();
    }

    static String executable(String name) {
        return Os.executable(name);
    }

    /** zonky's artifact suffix and the archive inside it, e.g. {@code linux-amd64}, {@code postgres-linux-x86_64.txz}. */
    static String[] zonkyBinaries() {
        boolean arm = ARCH.equals("aarch64") || ARCH.equals("arm64");
        String os = windows() ? "windows" : OS.contains("mac") ? "darwin" : "linux";
        if (!arm && !ARCH.equals("amd64") && !ARCH.equals("x86_64")) {
            return null;
        }
        return new String[] {
            os + "-" + (arm ? "arm64v8" : "amd64"), "postgres-" + os + "-" + (arm ? "arm_64" : "x86_64") + ".txz"
        };
    }

    /** As root PostgreSQL refuses to run: in a new user namespace it runs unprivileged, as zonky's does. */
    static boolean root() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .anyMatch(line -> line.matches("Uid:\\s+0\\s.*"));
        } catch (IOException e) {
            return false;
        }
    }

    static boolean userNamespaces() {
        try {
            return Command.run(List.of("unshare", "-U", "true"), Path.of(devNull()), null) == 0;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    static List<String> asPostgres(List<String> command) {
        List<String> wrapped = new ArrayList<>();
        if (root()) {
            wrapped.addAll(List.of("unshare", "-U"));
        }
        wrapped.addAll(command);
        return wrapped;
    }

    static String devNull() {
        return windows() ? "NUL" : "/dev/null";
    }
}
