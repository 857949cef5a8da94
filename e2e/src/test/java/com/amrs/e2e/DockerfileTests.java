package com.amrs.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.e2e.support.Dockerfile;
import com.amrs.e2e.support.Dockerfile.Instruction;
import com.amrs.e2e.support.Repository;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Dockerfiles, read instruction by instruction (no Docker engine runs here to build them). */
class DockerfileTests {

    private static final Repository repository = Repository.fromSystemProperties();

    @ParameterizedTest
    @ValueSource(strings = {"plc-simulator", "api-server", "reporting-pipeline", "dashboard"})
    void buildsInOneStageAndRunsFromAnotherAsAnOrdinaryUser(String module) {
        Dockerfile dockerfile = dockerfile(module);

        assertThat(dockerfile.all("FROM"))
                .as(module + ": build stage, then runtime stage")
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(dockerfile.all("FROM").getFirst().arguments()).matches("(?i)\\S+ AS \\S+");
        List<Instruction> users = dockerfile.finalStage().stream()
                .filter(i -> i.keyword().equals("USER"))
                .toList();
        assertThat(users).as(module + ": USER in the final stage").isNotEmpty();
        assertThat(users.getLast().arguments().split(":")[0])
                .as(module + ": the user the container runs as")
                .isNotIn("root", "0");
        assertThat(dockerfile.finalStage()).extracting(Instruction::keyword).contains("HEALTHCHECK");
        assertThat(dockerfile.all("ENTRYPOINT").getLast().arguments())
                .as(module + ": exec form, so the service is PID 1 and receives SIGTERM")
                .startsWith("[");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plc-simulator", "api-server", "reporting-pipeline"})
    void javaServicesBuildWithMavenAndRunOnAJre21OrNewer(String module) {
        Dockerfile dockerfile = dockerfile(module);

        String build = dockerfile.buildStages().stream()
                .filter(i -> i.keyword().equals("RUN"))
                .map(Instruction::arguments)
                .reduce("", String::concat);
        assertThat(dockerfile.all("FROM").getFirst().arguments()).startsWith("maven:3.9");
        assertThat(build)
                .as(module + ": the local Maven repository is a build cache")
                .contains("--mount=type=cache,target=/root/.m2")
                .contains("-pl " + module + " -am");
        Matcher base = Pattern.compile("eclipse-temurin:(\\d+)-jre.*").matcher(dockerfile.baseImage());
        assertThat(base.matches())
                .as(module + ": runs on a JRE, was " + dockerfile.baseImage())
                .isTrue();
        assertThat(Integer.parseInt(base.group(1))).isGreaterThanOrEqualTo(21);
        assertThat(dockerfile.finalStage())
                .as(module + ": only the jar comes from the build stage")
                .anyMatch(i -> i.keyword().equals("COPY")
                        && i.arguments().contains("--from=build")
                        && i.arguments().contains("/" + module + ".jar"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"plc-simulator", "api-server", "reporting-pipeline", "dashboard"})
    void copiesOnlyWhatTheRepositoryHas(String module) {
        for (Instruction copy : dockerfile(module).all("COPY")) {
            List<String> words = Stream.of(copy.arguments().split("\\s+"))
                    .filter(word -> !word.startsWith("--"))
                    .toList();
            if (copy.arguments().contains("--from=")) {
                continue;
            }
            for (String source : words.subList(0, words.size() - 1)) {
                if (!source.equals(".")) {
                    assertThat(repository.file(source))
                            .as(module + ": COPY " + source)
                            .exists();
                }
            }
        }
    }

    @Test
    void theReportingImageRendersAReportOnRequest() throws IOException {
        assertThat(dockerfile("reporting-pipeline").finalStage())
                .anyMatch(i -> i.keyword().equals("COPY")
                        && i.arguments().contains("reporting-pipeline/generate-report")
                        && i.arguments().endsWith("/usr/local/bin/generate-report"));
        assertThat(Files.readString(repository.file("reporting-pipeline/generate-report")))
                .contains("--once");
    }

    @Test
    void theApiServerImageChecksThePlcsOnRequestAndKeepsItsPkiWhereAVolumeGoes() throws IOException {
        Dockerfile apiServer = dockerfile("api-server");
        assertThat(apiServer.finalStage())
                .anyMatch(i -> i.keyword().equals("COPY")
                        && i.arguments().contains("api-server/plc-check")
                        && i.arguments().endsWith("/usr/local/bin/plc-check"))
                .anyMatch(i -> i.keyword().equals("ENV") && i.arguments().contains("AMRS_PKI_DIR=/app/pki"))
                .anyMatch(i ->
                        i.keyword().equals("RUN") && i.arguments().contains("chown amrs:amrs /app/reports /app/pki"));
        assertThat(Files.readString(repository.file("api-server/plc-check"))).contains("api-server.jar plc-check");
        assertThat(dockerfile("plc-simulator").finalStage())
                .anyMatch(i -> i.keyword().equals("ENV") && i.arguments().contains("OPCUA_PKI_DIR=/app/pki"));
    }

    @Test
    void theDashboardInstallsItsNpmPackagesWhileBuildingAndEndsOnNginx() {
        Dockerfile dockerfile = dockerfile("dashboard");

        assertThat(dockerfile.all("FROM").getFirst().arguments()).startsWith("node:");
        assertThat(dockerfile.buildStages())
                .anyMatch(i -> i.keyword().equals("RUN") && i.arguments().contains("npm ci"));
        assertThat(dockerfile.baseImage()).startsWith("nginx");
        assertThat(dockerfile.finalStage())
                .anyMatch(i -> i.keyword().equals("COPY") && i.arguments().startsWith("dashboard/nginx.conf "))
                .anyMatch(i -> i.keyword().equals("EXPOSE") && i.arguments().equals("8080"));
    }

    @Test
    void theBuildContextLeavesOutBuildOutputAndSecrets() throws IOException {
        List<String> ignored = Files.readAllLines(repository.file(".dockerignore"));

        assertThat(ignored).contains(".env", ".git/", "**/target/", "**/node_modules/", ".amrs/");
    }

    private static Dockerfile dockerfile(String module) {
        return Dockerfile.parse(repository.file(module + "/Dockerfile"));
    }
}
