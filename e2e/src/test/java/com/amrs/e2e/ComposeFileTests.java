package com.amrs.e2e;

import static com.amrs.e2e.support.ComposeFile.list;
import static com.amrs.e2e.support.ComposeFile.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.e2e.support.ComposeFile;
import com.amrs.e2e.support.Dockerfile;
import com.amrs.e2e.support.Repository;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docker-compose.yml, read as docker compose reads it (no Docker engine runs here to try it). */
class ComposeFileTests {

    private static final Repository repository = Repository.fromSystemProperties();
    private static final List<String> AMRS_SERVICES = List.of("plc-simulator", "api-server", "reporting-app");
    private static ComposeFile compose;
    private static ComposeFile developers;

    @BeforeAll
    static void parse() throws IOException {
        compose = ComposeFile.load(repository.file("docker-compose.yml"));
        developers = ComposeFile.load(repository.file("docker-compose.dev.yml"));
    }

    @Test
    void definesTheSixServicesOnTheirNetwork() {
        assertThat(services())
                .containsOnlyKeys("db", "plc-simulator", "api-server", "reporting-app", "dashboard", "mailpit");
        services()
                .forEach((name, service) ->
                        assertThat(list(map(service).get("networks"))).as(name).containsExactly("mfg_network"));
        assertThat(compose.section("networks")).containsKey("mfg_network");
    }

    @Test
    void namesTheContainersAsOperatorsKnowThem() {
        assertThat(Map.of(
                        "db", service("db").get("container_name"),
                        "plc-simulator", service("plc-simulator").get("container_name"),
                        "api-server", service("api-server").get("container_name"),
                        "reporting-app", service("reporting-app").get("container_name"),
                        "dashboard", service("dashboard").get("container_name")))
                .isEqualTo(Map.of(
                        "db", "mfg_postgres",
                        "plc-simulator", "mfg_plc_sim",
                        "api-server", "mfg_api_server",
                        "reporting-app", "mfg_reporting_pipeline",
                        "dashboard", "mfg_dashboard"));
    }

    @Test
    void publishesOnlyTheDashboardAndTheApi() {
        Map<String, List<String>> published = new TreeMap<>();
        services().forEach((name, service) -> {
            Object ports = map(service).get("ports");
            if (ports != null) {
                published.put(name, list(ports));
            }
        });

        assertThat(published)
                .as("DESIGN.md §15: PostgreSQL, OPC-UA and the mail catcher stay on the compose network")
                .isEqualTo(Map.of("api-server", List.of("8000:8000"), "dashboard", List.of("8080:8080")));
        services().forEach((name, service) -> assertThat(map(service)).as(name).doesNotContainKey("network_mode"));
    }

    @Test
    void theDevelopersFilePublishesTheRestOnThisMachineOnly() {
        Map<String, Object> services = developers.services();

        assertThat(services).containsOnlyKeys("db", "plc-simulator", "mailpit");
        assertThat(list(map(services.get("db")).get("ports"))).containsExactly("127.0.0.1:5432:5432");
        assertThat(list(map(services.get("plc-simulator")).get("ports"))).containsExactly("127.0.0.1:4840:4840");
        assertThat(list(map(services.get("mailpit")).get("ports"))).containsExactly("127.0.0.1:8025:8025");
    }

    @Test
    void refusesToStartWithoutADatabasePassword() throws IOException {
        assertThat(map(service("db").get("environment")).get("POSTGRES_PASSWORD"))
                .isEqualTo("${DB_PASSWORD:?set DB_PASSWORD, see .env.example}");
        assertThat(Files.readString(repository.file("docker-compose.yml")))
                .as("no default password")
                .doesNotContain("change-me");
    }

    @Test
    void everyContainerRunsUnprivilegedOnAReadOnlyRootFileSystem() {
        services().forEach((name, service) -> {
            Map<String, Object> settings = map(service);
            assertThat(settings.get("read_only")).as(name + ": read_only").isEqualTo(true);
            assertThat(list(settings.get("cap_drop"))).as(name + ": cap_drop").containsExactly("ALL");
            assertThat(list(settings.get("cap_add") == null ? List.of() : settings.get("cap_add")))
                    .as(name + ": cap_add")
                    .isEmpty();
            assertThat(list(settings.get("security_opt"))).as(name).contains("no-new-privileges:true");
            assertThat(settings.get("privileged")).as(name + ": privileged").isNotEqualTo(true);
            if (settings.containsKey("image")) {
                // an image of someone else's: the user is set here (ours set USER in their Dockerfiles)
                assertThat(String.valueOf(settings.get("user")).split(":")[0])
                        .as(name + ": user")
                        .isNotIn("null", "root", "0");
            } else {
                assertThat(settings)
                        .as(name + ": the Dockerfile's non-root USER")
                        .doesNotContainKey("user");
            }
        });
    }

    @Test
    void everyContainerWritesOnlyToItsVolumesAndTmpfs() {
        for (String name : AMRS_SERVICES) {
            assertThat(list(service(name).get("tmpfs")))
                    .as(name + ": the JVM's temp files")
                    .contains("/tmp");
        }
        assertThat(list(service("db").get("tmpfs"))).as("the socket directory").contains("/var/run/postgresql");
        assertThat(list(service("mailpit").get("tmpfs"))).contains("/tmp");
        String entrypoint = Dockerfile.parse(repository.file("dashboard/Dockerfile"))
                .all("ENTRYPOINT")
                .getLast()
                .arguments();
        assertThat(entrypoint).as("nginx's -p prefix").contains("\"-p\", \"/tmp/nginx/\"");
        assertThat(list(service("dashboard").get("tmpfs"))).containsExactly("/tmp/nginx");
    }

    @Test
    void everyServiceHasAHealthCheck() {
        services().forEach((name, service) -> {
            Map<String, Object> healthcheck = map(map(service).get("healthcheck"));
            assertThat(list(healthcheck.get("test"))).as(name).hasSizeGreaterThan(1);
            assertThat(list(healthcheck.get("test")).getFirst()).as(name).isIn("CMD", "CMD-SHELL");
            assertThat(healthcheck).as(name).containsKeys("interval", "timeout", "retries");
        });
        assertThat(String.join(" ", list(map(service("db").get("healthcheck")).get("test"))))
                .contains("pg_isready");
    }

    @Test
    void servicesStartOnlyOnceWhatTheyNeedIsHealthy() {
        assertThat(dependencies("api-server")).containsOnlyKeys("db", "plc-simulator");
        assertThat(dependencies("reporting-app")).containsKeys("db", "api-server");
        assertThat(dependencies("dashboard")).containsOnlyKeys("api-server");
        services().forEach((name, service) -> {
            Object dependsOn = map(service).get("depends_on");
            if (dependsOn != null) {
                assertThat(dependsOn)
                        .as(name + ": depends_on as a map with conditions")
                        .isInstanceOf(Map.class);
                map(dependsOn)
                        .forEach((dependency, condition) -> assertThat(map(condition))
                                .as(name + " -> " + dependency)
                                .containsEntry("condition", "service_healthy"));
            }
        });
    }

    @Test
    void theAmrsServicesReadDotEnvAndRestartByThemselves() {
        for (String name : AMRS_SERVICES) {
            assertThat(list(service(name).get("env_file"))).as(name).containsExactly(".env");
        }
        services()
                .forEach((name, service) -> assertThat(map(service).get("restart"))
                        .as(name)
                        .isIn("unless-stopped", "always", "on-failure"));
    }

    @Test
    void dataLivesInNamedVolumes() {
        assertThat(compose.section("volumes")).containsKeys("pg_data", "reports", "api_pki", "plc_sim_pki");
        assertThat(list(service("api-server").get("volumes"))).contains("api_pki:/app/pki");
        assertThat(list(service("plc-simulator").get("volumes"))).contains("plc_sim_pki:/app/pki");
        assertThat(list(service("db").get("volumes"))).contains("pg_data:/var/lib/postgresql/data");
        for (String name : List.of("api-server", "reporting-app")) {
            assertThat(list(service(name).get("volumes"))).as(name).contains("reports:/app/reports");
            assertThat(map(service(name).get("environment"))).as(name).containsEntry("REPORTS_DIR", "/app/reports");
        }
    }

    @Test
    void buildsEachServiceFromItsDockerfileInTheRepository() {
        Map<String, String> dockerfiles = Map.of(
                "plc-simulator", "plc-simulator/Dockerfile",
                "api-server", "api-server/Dockerfile",
                "reporting-app", "reporting-pipeline/Dockerfile",
                "dashboard", "dashboard/Dockerfile");
        dockerfiles.forEach((name, dockerfile) -> {
            assertThat(map(service(name).get("build")))
                    .as(name)
                    .containsEntry("context", ".")
                    .containsEntry("dockerfile", dockerfile);
            assertThat(repository.file(dockerfile)).exists();
        });
        assertThat(service("db").get("image").toString()).startsWith("postgres:17");
    }

    @Test
    void javaServicesFitASmallHost() {
        for (String name : AMRS_SERVICES) {
            String options = map(service(name).get("environment"))
                    .get("JAVA_TOOL_OPTIONS")
                    .toString();
            Matcher heap = Pattern.compile("-Xmx(\\d+)m").matcher(options);
            assertThat(heap.find()).as(name + ": -Xmx<n>m in " + options).isTrue();
            long limit = megabytes(service(name).get("mem_limit").toString());
            assertThat(Long.parseLong(heap.group(1)))
                    .as(name + ": heap below mem_limit")
                    .isLessThan(limit);
        }
    }

    private static long megabytes(String size) {
        Matcher matcher = Pattern.compile("(\\d+)([mg])").matcher(size.toLowerCase());
        assertThat(matcher.matches()).as("mem_limit " + size).isTrue();
        return Long.parseLong(matcher.group(1)) * (matcher.group(2).equals("g") ? 1024 : 1);
    }

    private static Map<String, Object> dependencies(String name) {
        return map(service(name).get("depends_on"));
    }

    private static Map<String, Object> services() {
        return compose.services();
    }

    private static Map<String, Object> service(String name) {
        return compose.service(name);
    }
}
