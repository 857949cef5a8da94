package com.amrs.launcher.command;

import com.amrs.launcher.LauncherException;
import com.amrs.launcher.process.ServiceName;
import com.amrs.launcher.settings.Home;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code ./amrs logs [-n N] SERVICE}: follows a service's log; with {@code -n}, prints its last N lines. */
final class Logs {

    private static final String USAGE =
            "Usage: ./amrs logs [-n N] SERVICE   (SERVICE: " + String.join(" ", ServiceName.ALL) + ")";

    private Logs() {}

    static int run(Home home, List<String> arguments) {
        Integer lines = null;
        List<String> rest = arguments;
        if (!rest.isEmpty() && rest.getFirst().equals("-n")) {
            if (rest.size() < 2 || !rest.get(1).matches("[0-9]+")) {
                throw new LauncherException("usage: ./amrs logs [-n N] SERVICE", 1);
            }
            lines = Integer.valueOf(rest.get(1));
            rest = rest.subList(2, rest.size());
        }
        if (rest.size() != 1) {
            System.err.println(USAGE);
            return 2;
        }
        String given = rest.getFirst();
        String service = ServiceName.of(given).orElse(null);
        if (service == null) {
            System.err.printf(
                    "amrs: no service \"%s\"; the services are: %s%n", given, String.join(" ", ServiceName.ALL));
            return 2;
        }
        Path log = home.log(service);
        if (!Files.isRegularFile(log)) {
            throw new LauncherException("no log for " + service + " yet (" + log + "): ./amrs up starts it");
        }
        if (lines != null) {
            LogTail.print(log, lines, System.out);
            return 0;
        }
        LogTail.print(log, 100, System.out);
        follow(log);
        return 0;
    }

    /** Prints what is appended until interrupted (Ctrl-C); a log cut short is read again from its start. */
    private static void follow(Path log) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long position = file.length();
            byte[] buffer = new byte[8192];
            while (true) {
                long length = file.length();
                if (length < position) {
                    position = 0;
                }
                file.seek(position);
                int read;
                while ((read = file.read(buffer)) > 0) {
                    System.out.write(buffer, 0, read);
                    position += read;
                }
                System.out.flush();
                Thread.sleep(250);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
