package com.amrs.api.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.amrs.api.ApiServerApplication;
import com.amrs.api.support.TestDatabase;
import com.amrs.api.support.acme.AcmePlc;
import com.amrs.api.support.acme.AcmeSpec;
import com.amrs.api.support.acme.CounterType;
import com.amrs.api.support.acme.NodeIdStyle;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An api-server stopped and started again (DESIGN.md §13): the first poll after the restart counts from
 * the counter baselines stored with the last records, so what the machine made meanwhile is recorded.
 */
class RestartIntegrationTests {

    private static final String DATABASE = "amrs_restart";
    private final AcmePlc plc =
            AcmePlc.start(AcmeSpec.of(AcmeSpec.machine("Sealer1", NodeIdStyle.QUOTED, CounterType.UInt16))
                    .openOnly());

    @Test
    void countsWhatTheMachineMadeWhileTheApiServerWasDown() throws Exception {
        TestDatabase.ensureDatabase(DATABASE);
        List<String> args = settings();
        ConfigurableApplicationContext first = start(args);
        // the first poll only sets the baseline; the second stores a record
        await().atMost(Duration.ofSeconds(30)).until(() -> records(first) > 0);
        plc.produce("Sealer1", 30, 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> stored(first).units() == 32);
        first.close();

        plc.produce("Sealer1", 400, 7);
        try (ConfigurableApplicationContext second = start(args)) {
            plc.produce("Sealer1", 5, 1);

            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(stored(second)).isEqualTo(new Totals(445, 10)));
            assertThat(second.getBean(JdbcClient.class)
                            .sql("select total_count from counter_baselines where machine_id = 'SEALER-1'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(435L);
        }
    }

    private List<String> settings() throws Exception {
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + TestDatabase.jdbcUrl(DATABASE),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=" + TestDatabase.PASSWORD,
                "--server.port=0",
                "--AMRS_CONFIG=does-not-exist.yml",
                "--amrs.api.poll-interval=300",
                "--amrs.api.reports-dir=target/test-reports/restart",
                "--amrs.pki-dir=" + Files.createTempDirectory("amrs-pki"),
                "--amrs.collector.spool-dir=" + TestDatabase.spoolDir(DATABASE),
                "--amrs.plcs[0].name=line7",
                "--amrs.plcs[0].url=" + plc.endpointUrl(),
                "--amrs.plcs[0].machines[0].id=SEALER-1",
                "--amrs.plcs[0].machines[0].state-map=packml"));
        plc.nodes("Sealer1")
                .forEach((signal, node) -> args.add("--amrs.plcs[0].machines[0].nodes[" + signal + "]=" + node));
        return args;
    }

    private static ConfigurableApplicationContext start(List<String> args) {
        return new SpringApplicationBuilder(ApiServerApplication.class).run(args.toArray(String[]::new));
    }

    private static long records(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class)
                .sql("select count(*) from live_production where machine_id = 'SEALER-1'")
                .query(Long.class)
                .single();
    }

    private static Totals stored(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class)
                .sql("select coalesce(sum(units_produced), 0), coalesce(sum(defective_units), 0) from live_production"
                        + " where machine_id = 'SEALER-1'")
                .query((rs, row) -> new Totals(rs.getLong(1), rs.getLong(2)))
                .single();
    }

    record Totals(long units, long defects) {}
}
