package com.amrs.launcher.command;

import com.amrs.launcher.LauncherException;
import com.amrs.launcher.build.Jars;
import com.amrs.launcher.process.LocalServices;
import com.amrs.launcher.process.Os;
import com.amrs.launcher.process.Processes;
import com.amrs.launcher.process.ServiceName;
import com.amrs.launcher.settings.Home;
import com.amrs.launcher.settings.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code ./amrs report}: one report now ({@code reporting-pipeline --once}, whose exit code says whether it was
 * made) and the path of the dated PDF it wrote into {@code REPORTS_DIR/pdf}.
 */
final class Report {

    private Report() {}

    static int run(Home home, Map<String, String> environment) {
        Settings settings = CurrentSettings.of(home, environment);
        if (Processes.of(home, ServiceName.POSTGRES).isEmpty()) {
            throw new LauncherException("PostgreSQL is not running: start AMRS with ./amrs up first");
        }
        Jars.build(home.root(), List.of(ServiceName.REPORTING), "1".equals(settings.get("AMRS_NO_BUILD")));
        Jars.install(home, ServiceName.REPORTING);
        Path log = home.log("report");
        Instant start = Instant.now().minusSeconds(1);
        String days = Optional.ofNullable(settings.get("REPORT_DAYS")).orElse("7");
        System.out.println("Rendering one report of the last " + days + " days (log " + log + ") ...");
        int exit = once(settings, log);
        if (exit != 0) {
            LogTail.print(log, 10, System.err);
            throw new LauncherException("the report failed (exit " + exit + "); the whole output is in " + log);
        }
        Path pdfs = settings.reportsDir().resolve("pdf");
        Path pdf = newestSince(pdfs, start)
                .orElseThrow(() ->
                        new LauncherException("the report ran but wrote no PDF into " + pdfs + " (see " + log + ")"));
        System.out.println(pdf);
        return 0;
    }

    private static int once(Settings settings, Path log) {
        List<String> command = new ArrayList<>(List.of(
                Os.java(),
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + settings.home().tmp(),
                "-jar",
                LocalServices.jar(settings, ServiceName.REPORTING).toString(),
                "--once"));
        try {
            Files.createDirectories(settings.home().tmp());
            Files.createDirectories(settings.reportsDir());
            Files.writeString(
                    log,
                    String.format(
                            "%n===== %s: ./amrs report%n",
                            LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"))),
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            var builder = new ProcessBuilder(command)
                    .directory(settings.home().root().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(settings.environment());
            return builder.start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted while the report was made");
        }
    }

    /** The dated copy ({@code Report_2026-01-26.pdf}) written since the start. */
    private static Optional<Path> newestSince(Path dir, Instant start) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().matches("Report_.*\\.pdf"))
                    .filter(file -> modified(file).toInstant().isAfter(start))
                    .max(Comparator.comparing(Report::modified));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
