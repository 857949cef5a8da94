package com.amrs.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.e2e.support.Amrs;
import com.amrs.e2e.support.Repository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ./amrs test on a machine like the one we build on: PATH's java is 17, JAVA_HOME unset, a JDK 21+
 * installed beside it. It must find that JDK by itself, and say what to do where it cannot.
 */
class AmrsTestCommandTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern JAVA_LINE = Pattern.compile("(?m)^Java: (\\S+) \\(Java (\\d+)\\)$");

    @TempDir
    Path home;

    @TempDir
    Path bin;

    @Test
    void picksAJdk21WhenJavaHomeIsUnsetAndPathsJavaIsOlder() throws Exception {
        writeOldJava();

        Amrs.Result plan =
                amrs(Map.of("PATH", bin + ":" + System.getenv("PATH"))).run(TIMEOUT, "test", "--dry-run");

        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        Matcher java = JAVA_LINE.matcher(plan.stdout());
        assertThat(java.find()).as(plan.toString()).isTrue();
        Path javaHome = Path.of(java.group(1));
        assertThat(Integer.parseInt(java.group(2))).isGreaterThanOrEqualTo(21);
        assertThat(majorVersionOf(javaHome.resolve("bin/java"))).isEqualTo(Integer.parseInt(java.group(2)));
        assertThat(plan.stdout()).contains("Would run: ./mvnw -B -ntp verify\n");
    }

    @Test
    void hasMavenRunTheGivenArguments() throws Exception {
        Amrs.Result plan = amrs(Map.of()).run(TIMEOUT, "test", "--dry-run", "-pl", "core", "-Dtest=ShiftCalendarTests");

        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        assertThat(plan.stdout()).contains("Would run: ./mvnw -B -ntp verify -pl core -Dtest=ShiftCalendarTests");
    }

    @Test
    void helpDescribesTheCommandAndShowsThePlan() throws Exception {
        writeOldJava();

        Amrs.Result help =
                amrs(Map.of("PATH", bin + ":" + System.getenv("PATH"))).run(TIMEOUT, "test", "--help");

        assertThat(help.exitCode()).as(help.toString()).isZero();
        assertThat(help.stdout()).contains("Usage: ./amrs test").containsPattern(JAVA_LINE.pattern());
    }

    @Test
    void saysInOneLineWhatToInstallWhenThereIsNoJdk21() throws Exception {
        writeOldJava();
        Path noJdks = Files.createDirectories(home.resolve("no-jdks"));
        Map<String, String> machine =
                Map.of("PATH", bin + ":" + System.getenv("PATH"), "AMRS_JDK_DIRS", noJdks.toString());

        for (String command : List.of("up", "test")) {
            Amrs.Result result = amrs(machine).run(TIMEOUT, command);

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
            assertThat(result.stderr().strip().lines()).as(result.toString()).hasSize(1);
            assertThat(result.stderr())
                    .contains("JDK 21 or newer")
                    .contains("Java 17")
                    .contains("apt-get install openjdk-21-jdk-headless")
                    .contains("JAVA_HOME");
        }
    }

    @Test
    void namesTheExactInstallCommandWhereItCannotInstall() throws Exception {
        // a PATH with the few programs ./amrs itself runs, a JDK 21+, and no apt-get: nothing to install with
        for (String program : List.of("bash", "dirname", "mkdir", "readlink", "awk")) {
            writeScript(program, "exec " + which(program) + " \"$@\"");
        }
        writeScript("java", "exec " + Path.of(System.getProperty("java.home"), "bin", "java") + " \"$@\"");

        Amrs.Result test = amrs(Map.of("PATH", bin.toString())).run(TIMEOUT, "test");

        assertThat(test.exitCode()).as(test.toString()).isEqualTo(1);
        String nginx = Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "" : " nginx";
        assertThat(test.stderr())
                .contains("apt-get install -y chromium chromium-driver" + nginx + " npm util-linux")
                .contains("./amrs test again")
                .doesNotContain("Exception");
        assertThat(test.stdout()).doesNotContain("Running: ./mvnw");
    }

    private Amrs amrs(Map<String, String> machine) {
        Repository repository = Repository.fromSystemProperties();
        Map<String, String> settings = new HashMap<>(machine);
        settings.put("AMRS_HOME", home.toString());
        settings.put("AMRS_ENV_FILE", "/dev/null");
        settings.put("JAVA_HOME", null);
        return new Amrs(new Repository(repository.root(), home, repository.pgsql()), settings);
    }

    /** A java on PATH that says it is 17, as Debian 12's default JDK does. */
    private void writeOldJava() throws IOException {
        writeScript("java", "echo 'openjdk version \"17.0.15\" 2025-04-15' >&2");
    }

    private void writeScript(String name, String body) throws IOException {
        Path script = bin.resolve(name);
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static int majorVersionOf(Path java) throws Exception {
        Process process = new ProcessBuilder(java.toString(), "-version")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Matcher version = Pattern.compile("version \"(\\d+)").matcher(output);
        assertThat(version.find()).as(output).isTrue();
        return Integer.parseInt(version.group(1));
    }

    private static Path which(String program) {
        for (String dir : System.getenv("PATH").split(":")) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(program + " is not on PATH");
    }
}
