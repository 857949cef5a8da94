package com.amrs.api.bench;

import static org.awaitility.Awaitility.await;

import com.amrs.api.support.ApiServerProcess;
import com.amrs.api.support.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * An edge api-server ({@code amrs.mode=edge}, collector off: the benchmark writes its records) and a central one
 * ({@code amrs.mode=central}), each a JVM of its own with {@code -Xmx512m} as in docker-compose.yml, on the
 * benchmark's PostgreSQL and Kafka broker; started side by side, ready when healthy.
 */
final class KafkaSites implements AutoCloseable {

    private final ApiServerProcess edge;
    private final ApiServerProcess central;

    private KafkaSites(ApiServerProcess edge, ApiServerProcess central) {
        this.edge = edge;
        this.central = central;
    }

    static KafkaSites start(
            DurablePostgres postgres, String edgeDb, String centralDb, String plant, String kafka, Path work) {
        Map<String, String> edge = common(postgres, edgeDb, kafka, work.resolve("edge"));
        edge.put("amrs.mode", "edge");
        edge.put("amrs.plant.id", plant);
        edge.put("amrs.api.collector.enabled", "false");
        Map<String, String> central = common(postgres, centralDb, kafka, work.resolve("central"));
        central.put("amrs.mode", "central");
        var edgeServer = CompletableFuture.supplyAsync(() -> started(edge, work.resolve("edge.log")));
        var centralServer = CompletableFuture.supplyAsync(() -> started(central, work.resolve("central.log")));
        try {
            return new KafkaSites(edgeServer.join(), centralServer.join());
        } catch (RuntimeException e) {
            // the one that did start is not left behind
            for (var server : List.of(edgeServer, centralServer)) {
                server.thenAccept(ApiServerProcess::close);
            }
            throw e;
        }
    }

    ApiServerProcess edge() {
        return edge;
    }

    ApiServerProcess central() {
        return central;
    }

    private static Map<String, String> common(DurablePostgres postgres, String database, String kafka, Path dir) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", postgres.jdbcUrl(database));
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", TestDatabase.PASSWORD);
        properties.put("AMRS_CONFIG", "does-not-exist.yml");
        properties.put("server.address", "127.0.0.1");
        properties.put("amrs.kafka.bootstrap-servers", kafka);
        properties.put("amrs.api.reports-dir", dir.resolve("reports").toString());
        properties.put("amrs.pki-dir", dir.resolve("pki").toString());
        properties.put("amrs.collector.spool-dir", dir.resolve("spool").toString());
        return properties;
    }

    private static ApiServerProcess started(Map<String, String> properties, Path log) {
        ApiServerProcess server = ApiServerProcess.start(jvmOptions(log), properties, log);
        try {
            await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(server::healthy);
            return server;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** {@code -Xmx512m}, plus e.g. a JFR recording given as {@code -Dbench.server.jvm=...} ({@code {name}}: edge or central). */
    private static List<String> jvmOptions(Path log) {
        List<String> options = new ArrayList<>(List.of("-Xmx512m", "-XX:+ExitOnOutOfMemoryError"));
        String extra = System.getProperty("bench.server.jvm", "");
        if (!extra.isBlank()) {
            String name = log.getFileName().toString().replace(".log", "");
            options.addAll(List.of(extra.replace("{name}", name).trim().split("\\s+")));
        }
        return options;
    }

    @Override
    public void close() {
        edge.close();
        central.close();
    }
}
