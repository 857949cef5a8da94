package com.amrs.launcher.postgres;

import com.amrs.launcher.LauncherException;
import com.amrs.launcher.process.Command;
import com.amrs.launcher.settings.Home;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * PostgreSQL's programs: {@code AMRS_PGSQL} when set, else zonky's binaries (the root pom's {@code
 * postgres-binaries.version}) unpacked once into {@code AMRS_HOME/pgsql}, else the system's.
 */
public final class PostgresBinaries {

    private PostgresBinaries() {}

    /** The {@code bin} folder to run, unpacking zonky's binaries when they are not there yet. */
    public static Path select(Home home, String amrsPgsql) {
        Path pgsql = amrsPgsql == null || amrsPgsql.isEmpty() ? home.dir().resolve("pgsql") : Path.of(amrsPgsql);
        Path bin = pgsql.resolve("bin");
        if (!Files.isExecutable(bin.resolve(Platform.executable("pg_ctl")))) {
            try {
                ZonkyBinaries.install(home, pgsql);
            } catch (RuntimeException e) {
                System.err.println("amrs: warning: could not get zonky's PostgreSQL binaries (" + e.getMessage()
                        + "); trying the system's");
                bin = system().orElseThrow(() -> new LauncherException(
                        "no PostgreSQL binaries: check the network (./mvnw fetches them once), or install PostgreSQL"
                                + " (apt-get install postgresql) or set AMRS_PGSQL=<dir with bin/pg_ctl>"));
            }
        }
        if (Platform.root() && !Platform.userNamespaces()) {
            throw new LauncherException("PostgreSQL does not run as root, and 'unshare -U' (a user namespace) is not"
                    + " allowed here: run ./amrs as an ordinary user");
        }
        return bin;
    }

    /** Without unpacking anything: for stopping a cluster. */
    public static Optional<Path> installed(Home home, String amrsPgsql) {
        Path pgsql = amrsPgsql == null || amrsPgsql.isEmpty() ? home.dir().resolve("pgsql") : Path.of(amrsPgsql);
        Path bin = pgsql.resolve("bin");
        return Files.isExecutable(bin.resolve(Platform.executable("pg_ctl"))) ? Optional.of(bin) : system();
    }

    /** The major version of the binaries, e.g. {@code 17}. */
    public static String version(Path bin) {
        String output = Command.output(
                List.of(bin.resolve(Platform.executable("postgres")).toString(), "-V"));
        var matcher = java.util.regex.Pattern.compile(" ([0-9]+)(\\.[0-9]+)*").matcher(output);
        return matcher.find() ? matcher.group(1) : "?";
    }

    private static Optional<Path> system() {
        String pgConfig = Command.output(List.of("pg_config", "--bindir")).strip();
        if (!pgConfig.isEmpty() && Files.isExecutable(Path.of(pgConfig, "pg_ctl"))) {
            return Optional.of(Path.of(pgConfig));
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin ->
                            Files.isExecutable(bin.resolve("pg_ctl")) && Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.comparingInt(bin -> majorOf(bin.getParent())));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static int majorOf(Path versionDir) {
        String name = versionDir.getFileName().toString();
        return name.matches("[0-9]+") ? Integer.parseInt(name) : 0;
    }
}
