package com.amrs.e2e;

import static com.amrs.e2e.support.ComposeFile.list;
import static com.amrs.e2e.support.ComposeFile.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.e2e.support.ComposeFile;
import com.amrs.e2e.support.Repository;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.multi-plant.yml (DESIGN.md §19), read as docker compose reads it, merge keys resolved: two edge
 * plants and a central site that share nothing but Kafka.
 */
class MultiPlantComposeFileTests {

    private static final Repository repository = Repository.fromSystemProperties();
    private static final List<String> PLANTS = List.of("north", "south");
    private static ComposeFile compose;

    @BeforeAll
    static void parse() throws IOException {
        compose = ComposeFile.load(repository.file("docker-compose.multi-plant.yml"));
    }

    @Test
    void runsKafkaFromTheOfficialImageInKraftModeWithoutZooKeeper() {
        Map<String, Object> kafka = service("kafka");
        assertThat(kafka.get("image").toString()).startsWith("apache/kafka:4.");
        Map<String, Object> environment = map(kafka.get("environment"));
        assertThat(environment.get("KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
        assertThat(environment).containsKey("KAFKA_CONTROLLER_QUORUM_VOTERS");
        assertThat(environment.keySet()).noneMatch(key -> key.contains("ZOOKEEPER"));
        assertThat(list(kafka.get("volumes"))).contains("kafka_data:/var/lib/kafka/data");
    }

    @Test
    void twoEdgePlantsPublishUnderTheirOwnIdsAndTheCentralSiteConsumes() {
        for (String plant : PLANTS) {
            Map<String, Object> environment = map(service(plant + "-api").get("environment"));
            assertThat(environment)
                    .as(plant)
                    .containsEntry("AMRS_MODE", "edge")
                    .containsEntry("AMRS_PLANT_ID", plant)
                    .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")
                    .containsEntry("DB_HOST", plant + "-db")
                    .containsEntry("OPCUA_SERVER_URL", "opc.tcp://" + plant + "-plc:4840/freeopcua/server/");
        }
        assertThat(map(service("central-api").get("environment")))
                .containsEntry("AMRS_MODE", "central")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")
                .containsEntry("DB_HOST", "central-db");
        assertThat(map(service("central-reporting").get("environment")))
                .as("the report of every plant")
                .containsEntry("AMRS_MODE", "central")
                .containsEntry("DB_HOST", "central-db");
        assertThat(list(service("central-reporting").get("networks"))).containsExactly("central_net");
    }

    @Test
    void theSitesShareNothingButKafka() {
        for (String site : List.of("north", "south", "central")) {
            Map<String, Object> apiNetworks = map(service(site + "-api").get("networks"));
            assertThat(apiNetworks).as(site).containsOnlyKeys(site + "_net", "kafka_net");
            assertThat(list(map(apiNetworks.get(site + "_net")).get("aliases")))
                    .as(site + ": its dashboard's nginx finds it as api-server")
                    .containsExactly("api-server");
            assertThat(list(service(site + "-db").get("networks"))).as(site).containsExactly(site + "_net");
            assertThat(list(service(site + "-dashboard").get("networks")))
                    .as(site)
                    .containsExactly(site + "_net");
        }
        for (String plant : PLANTS) {
            assertThat(list(service(plant + "-plc").get("networks"))).containsExactly(plant + "_net");
        }
        assertThat(list(service("kafka").get("networks"))).containsExactly("kafka_net");
    }

    @Test
    void everyServiceIsHealthCheckedHardenedAndStartsAfterWhatItNeeds() {
        services().forEach((name, node) -> {
            Map<String, Object> service = map(node);
            assertThat(map(service.get("healthcheck"))).as(name).containsKeys("test", "interval", "retries");
            assertThat(list(service.get("cap_drop"))).as(name).containsExactly("ALL");
            assertThat(list(service.get("security_opt"))).as(name).contains("no-new-privileges:true");
            assertThat(service.get("read_only")).as(name).isEqualTo(!name.equals("kafka"));
            assertThat(service.get("restart")).as(name).isEqualTo("unless-stopped");
            if (service.containsKey("depends_on")) {
                map(service.get("depends_on"))
                        .forEach((dependency, condition) -> assertThat(map(condition))
                                .as(name + " -> " + dependency)
                                .containsEntry("condition", "service_healthy"));
            }
        });
        assertThat(map(service("north-api").get("depends_on"))).containsOnlyKeys("north-db", "north-plc", "kafka");
        assertThat(map(service("central-api").get("depends_on"))).containsOnlyKeys("central-db", "kafka");
        assertThat(map(service("central-reporting").get("depends_on"))).containsOnlyKeys("central-db", "central-api");
    }

    @Test
    void publishesEachSitesDashboardAndApiOnItsOwnPorts() {
        assertThat(List.of(
                        list(service("central-dashboard").get("ports")),
                        list(service("central-api").get("ports")),
                        list(service("north-dashboard").get("ports")),
                        list(service("north-api").get("ports")),
                        list(service("south-dashboard").get("ports")),
                        list(service("south-api").get("ports"))))
                .containsExactly(
                        List.of("8080:8080"),
                        List.of("8000:8000"),
                        List.of("8081:8080"),
                        List.of("8001:8000"),
                        List.of("8082:8080"),
                        List.of("8002:8000"));
        services().keySet().stream()
                .filter(name -> name.endsWith("-db") || name.endsWith("-plc") || name.equals("kafka"))
                .forEach(name -> assertThat(map(services().get(name))).as(name).doesNotContainKey("ports"));
    }

    private static Map<String, Object> services() {
        return compose.services();
    }

    private static Map<String, Object> service(String name) {
        return compose.service(name);
    }
}
