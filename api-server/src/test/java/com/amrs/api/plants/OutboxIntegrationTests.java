package com.amrs.api.plants;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.api.support.ProductionRows;
import com.amrs.api.support.TestDatabase;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an edge's outbox triggers write (DESIGN.md §19), and how a central site applies the stops and alerts
 * it receives, message by message as Kafka may deliver them: late, again, from two plants with the same names.
 */
class OutboxIntegrationTests {

    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00.123456Z");
    private static final LocalDate DATE = LocalDate.parse("2026-03-02");

    private final JdbcClient edge = TestDatabase.migrated("amrs_outbox_edge");
    private final JdbcClient central = TestDatabase.migrated("amrs_outbox_central");
    private final DataSource centralSource =
            new DriverManagerDataSource(TestDatabase.jdbcUrl("amrs_outbox_central"), "postgres", TestDatabase.PASSWORD);
    private final CentralRows centralRows = new CentralRows(new JdbcTemplate(centralSource), Clock.systemUTC());
    /** A central consumer's poll: its messages written in one transaction. */
    private final TransactionTemplate poll = new TransactionTemplate(new DataSourceTransactionManager(centralSource));

    @BeforeEach
    void emptyTables() {
        for (JdbcClient jdbc : List.of(edge, central)) {
            jdbc.sql("truncate live_production, machine_stops, alerts, kafka_outbox, rejected_records cascade")
                    .update();
            jdbc.sql("update kafka_publishing set enabled = false").update();
        }
    }

    @Test
    void theWaitingPublisherWakesWhenACommitWritesTheOutbox() throws Exception {
        edge.sql("update kafka_publishing set enabled = true").update();
        var wakeUp = new OutboxWakeUp(new DriverManagerDataSource(
                TestDatabase.jdbcUrl("amrs_outbox_edge"), "postgres", TestDatabase.PASSWORD));
        try (wakeUp) {
            wakeUp.await(Duration.ofMillis(1));
            var waiting = CompletableFuture.runAsync(() -> {
                try {
                    wakeUp.await(Duration.ofMinutes(10));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            Thread.sleep(200);
            assertThat(waiting).as("nothing written yet").isNotDone();

            ProductionRows.insert(edge, "M1", DATE, "A", 5, 1, 0, 5, 1.5, T0);

            // a wake-up by notification, not the ten minutes' wait
            waiting.get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void theOutboxTakesRecordsStopsAndAlertsOnlyWhilePublishing() {
        ProductionRows.insert(edge, "M1", DATE, "A", 5, 1, 0, 5, 1.5, T0);
        assertThat(outbox()).isEmpty();

        edge.sql("update kafka_publishing set enabled = true").update();
        edge.sql("""
                        insert into live_production (machine_id, production_date, shift, units_produced, defective_units,
                                                     downtime_min, state, source, recorded_at, interval_sec,
                                                     ideal_cycle_sec, plant_id)
                        values ('M1', ?, 'A', 12, 2, 0.25, 'RUNNING', 'opcua', ?, 5.000123456, 1.5, 'north')""").params(DATE, Timestamp.from(T0.plusSeconds(5))).update();
        insertStop(edge, "north", T0, null);
        edge.sql("update machine_stops set ended_at = ?, duration_sec = 60")
                .param(Timestamp.from(T0.plusSeconds(60)))
                .update();
        insertAlert(edge, "north", "firing");

        assertThat(outbox())
                .containsExactly(
                        "amrs.production north/M1",
                        "amrs.stops north/M1",
                        "amrs.stops north/M1",
                        "amrs.alerts north/M1");
        String payload = edge.sql("select payload::text from kafka_outbox where topic = 'amrs.production'")
                .query(String.class)
                .single();
        PublishedRecord published = PublishedRecord.parse(payload);
        var record = published.toNewRecord();
        assertThat(published.plantId()).isEqualTo("north");
        assertThat(record.record().timestamp()).isEqualTo(T0.plusSeconds(5));
        assertThat(record.record().unitsProduced()).isEqualTo(12);
        assertThat(record.record().defectiveUnits()).isEqualTo(2);
        assertThat(record.record().downtimeMin()).isEqualTo(0.25);
        assertThat(record.intervalSeconds()).isEqualTo(5.000123456);
        assertThat(record.idealCycleSeconds()).isEqualTo(1.5);
        assertThat(record.fixes()).isEmpty();
    }

    @Test
    void aStopDeliveredAgainNeverOpensAgainAndAReasonSetAtThePlantStays() {
        edge.sql("update kafka_publishing set enabled = true").update();
        insertStop(edge, "north", T0, null);
        edge.sql("update machine_stops set ended_at = ?, duration_sec = 60")
                .param(Timestamp.from(T0.plusSeconds(60)))
                .update();
        insertStop(edge, "north", T0.plusSeconds(120), null);
        edge.sql("update machine_stops set reason_code = 7, reason = 'Changeover', category = 'planned',"
                        + " assigned_by = 'anna', assigned_at = now() where started_at = ?")
                .param(Timestamp.from(T0.plusSeconds(120)))
                .update();
        List<ConsumerRecord<String, String>> messages = messages("amrs.stops");

        apply(messages);
        apply(messages);

        assertThat(stops(central))
                .isEqualTo(stops(edge))
                .containsExactly("north M1 ended unplanned Jam none", "north M1 open planned Changeover anna");
    }

    @Test
    void theSameMachineOfTwoPlantsStopsAndAlertsApart() {
        edge.sql("update kafka_publishing set enabled = true").update();
        insertStop(edge, "north", T0, null);
        insertStop(edge, "south", T0, null);
        insertAlert(edge, "north", "firing");
        insertAlert(edge, "south", "firing");
        edge.sql("update alerts set state = 'resolved', resolved_at = now() where plant_id = 'north'")
                .update();
        List<ConsumerRecord<String, String>> alerts = messages("amrs.alerts");

        apply(messages("amrs.stops"));
        apply(alerts);
        apply(List.of(alerts.getFirst())); // the north alert's firing message once more, after its resolution

        assertThat(stops(central))
                .containsExactly("north M1 open unplanned Jam none", "south M1 open unplanned Jam none");
        assertThat(central.sql("select concat_ws(' ', plant_id, rule, machine_id, state) from alerts order by plant_id")
                        .query(String.class)
                        .list())
                .containsExactly("north machine-down M1 resolved", "south machine-down M1 firing");
    }

    @Test
    void aRecordMessageThatCannotBeReadIsKeptWithWhy() {
        centralRows.reject(
                new ConsumerRecord<>("amrs.production", 2, 41, "north/M1", "{not json"),
                new IllegalArgumentException("Unexpected character ('n')"));

        assertThat(central.sql("select concat_ws(' | ', machine_id, payload ->> 'key', payload ->> 'message', reason)"
                                + " from rejected_records")
                        .query(String.class)
                        .single())
                .isEqualTo("M1 | north/M1 | {not json | unreadable message at amrs.production-2@41:"
                        + " Unexpected character ('n')");
    }

    private void apply(List<ConsumerRecord<String, String>> messages) {
        poll.executeWithoutResult(status -> messages.forEach(centralRows::apply));
    }

    private List<String> outbox() {
        return edge.sql("select concat_ws(' ', topic, key) from kafka_outbox order by seq")
                .query(String.class)
                .list();
    }

    private List<ConsumerRecord<String, String>> messages(String topic) {
        return edge.sql("select key, payload::text from kafka_outbox where topic = ? order by seq")
                .param(topic)
                .query((rs, row) -> new ConsumerRecord<>(topic, 0, row, rs.getString(1), rs.getString(2)))
                .list();
    }

    private static void insertStop(JdbcClient jdbc, String plant, Instant start, Instant end) {
        insertStop(jdbc, plant, "M1", start, end);
    }

    private static void insertStop(JdbcClient jdbc, String plant, String machine, Instant start, Instant end) {
        jdbc.sql("""
                        insert into machine_stops (machine_id, started_at, ended_at, duration_sec, state, fault_code,
                                                   reason_code, reason, category, production_date, shift, plant_id)
                        values (?, ?, ?, ?, 'DOWN', 101, 101, 'Jam', 'unplanned', ?, 'A', ?)""")
                .params(
                        machine,
                        Timestamp.from(start),
                        end == null ? null : Timestamp.from(end),
                        end == null
                                ? null
                                : (double) Duration.between(start, end).toSeconds(),
                        DATE,
                        plant)
                .update();
    }

    private static void insertAlert(JdbcClient jdbc, String plant, String state) {
        jdbc.sql("""
                        insert into alerts (rule, condition, machine_id, state, started_at, fired_at, last_notified_at,
                                            text, plant_id)
                        values ('machine-down', 'machine_down', 'M1', ?, ?, ?, ?, 'M1 is down', ?)""")
                .params(state, Timestamp.from(T0), Timestamp.from(T0), Timestamp.from(T0), plant)
                .update();
    }

    private static List<String> stops(JdbcClient jdbc) {
        return jdbc.sql("""
                        select concat_ws(' ', plant_id, machine_id, case when ended_at is null then 'open' else 'ended' end,
                                         category, reason, coalesce(assigned_by, 'none'))
                        from machine_stops order by plant_id, machine_id, started_at""").query(String.class).list();
    }
}
