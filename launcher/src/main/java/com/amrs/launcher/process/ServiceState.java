package com.amrs.launcher.process;

import com.amrs.launcher.settings.Home;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * What the supervisor says of a service, in {@code run/NAME.state}: {@code starting}, {@code running} (ready),
 * {@code restarting …}, {@code stopped …} or {@code failed …}, with the reason after the first word.
 */
public record ServiceState(String word, String detail) {

    public static ServiceState of(String line) {
        String stripped = line.strip();
        int space = stripped.indexOf(' ');
        return space < 0
                ? new ServiceState(stripped, "")
                : new ServiceState(stripped.substring(0, space), stripped.substring(space + 1));
    }

    public boolean is(String state) {
        return word.equals(state);
    }

    public static Optional<ServiceState> read(Home home, String service) {
        try {
            Path file = file(home, service);
            return Files.isRegularFile(file) ? Optional.of(of(Files.readString(file))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    void write(Home home, String service) {
        try {
            Path file = file(home, service);
            Path tmp = file.resolveSibling(service + ".state.tmp");
            Files.writeString(tmp, detail.isEmpty() ? word : word + " " + detail);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            System.err.println("cannot write the state of " + service + ": " + e.getMessage());
        }
    }

    static void clear(Home home, String service) {
        try {
            Files.deleteIfExists(file(home, service));
        } catch (IOException e) {
            System.err.println("cannot remove the state of " + service + ": " + e.getMessage());
        }
    }

    private static Path file(Home home, String service) {
        return home.run().resolve(service + ".state");
    }
}
