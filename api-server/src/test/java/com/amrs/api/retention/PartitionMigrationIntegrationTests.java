package com.amrs.api.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.api.support.TestDatabase;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.store.production.RecordSpans;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * DESIGN.md §18: V15 makes live_production range-partitioned by month on a database that holds data of the
 * schema before it, and keeps every row and every rollup; writes after it go on as before.
 */
class PartitionMigrationIntegrationTests {

    private static final String DATABASE = "amrs_partition_migration";
    private static final String ROWS = "select * from live_production order by id";
    private static final String SHIFT_TOTALS =
            "select * from production_shift_totals order by production_date, machine_id, shift";
    private static final String QUARTER_TOTALS =
            "select * from production_quarter_hour_totals order by production_date, machine_id, quarter_start";

    @Test
    void movesEveryRowIntoItsMonthsPartitionAndKeepsEveryRollup() {
        TestDatabase.ensureDatabase(DATABASE);
        var dataSource = new DriverManagerDataSource(TestDatabase.jdbcUrl(DATABASE), "postgres", TestDatabase.PASSWORD);
        var jdbc = JdbcClient.create(dataSource);
        flyway(dataSource).target("14").load().migrate();
        insertCollected(jdbc, "M-1", "2026-10-15", "2026-10-15 06:00:05+00", 120, 3);
        insertCollected(jdbc, "M-1", "2026-10-15", "2026-10-15 06:00:10+00", 118, 0);
        insertCollected(jdbc, "M-2", "2026-11-30", "2026-11-30 23:59:55+00", 7, 7);
        insertCollected(jdbc, "M-2", "2026-12-01", "2026-12-01 00:00:05+00", 9, 1);
        // as an operator types it into psql: the trigger stamps recorded_at and interval_sec
        jdbc.sql("""
                        insert into live_production (machine_id, production_date, shift, units_produced,
                                                     defective_units, downtime_min, state, source)
                        values ('M-3', '2026-11-02', 'A', 5000, 40, 12.5, 'RUNNING', 'manual')""").update();
        List<Map<String, Object>> rows = jdbc.sql(ROWS).query().listOfRows();
        List<Map<String, Object>> shiftTotals = jdbc.sql(SHIFT_TOTALS).query().listOfRows();
        List<Map<String, Object>> quarterTotals =
                jdbc.sql(QUARTER_TOTALS).query().listOfRows();

        flyway(dataSource).target("15").load().migrate();

        assertThat(jdbc.sql(ROWS).query().listOfRows()).isEqualTo(rows).hasSize(5);
        assertThat(jdbc.sql(SHIFT_TOTALS).query().listOfRows()).isEqualTo(shiftTotals);
        assertThat(jdbc.sql(QUARTER_TOTALS).query().listOfRows()).isEqualTo(quarterTotals);
        assertThat(jdbc.sql("select relkind from pg_class where relname = 'live_production'")
                        .query(String.class)
                        .single())
                .isEqualTo("p");
        assertThat(partitionRows(jdbc))
                .containsEntry("live_production_2026_10", 2L)
                .containsEntry("live_production_2026_11", 2L)
                .containsEntry("live_production_2026_12", 1L)
                .containsEntry("live_production_default", 0L)
                .containsKey("live_production_"
                        + YearMonth.now().plusMonths(3).toString().replace('-', '_'));

        long lastId = jdbc.sql("select max(id) from live_production")
                .query(Long.class)
                .single();
        insertCollected(jdbc, "M-1", "2026-10-15", "2026-10-15 06:00:15+00", 100, 1);
        assertThat(jdbc.sql("select max(id) from live_production")
                        .query(Long.class)
                        .single())
                .isGreaterThan(lastId);
        assertThat(jdbc.sql("select units_produced from production_shift_totals where machine_id = 'M-1'")
                        .query(Long.class)
                        .single())
                .as("the rollup trigger on the partitioned table")
                .isEqualTo(120 + 118 + 100L);
        assertThat(insertCollected(jdbc, "M-1", "2026-10-15", "2026-10-15 06:00:15+00", 100, 1))
                .as("a record stored before is skipped, as the spool's replay needs")
                .isZero();

        var firstStarts = jdbc.sql("""
                        select t.production_date, t.machine_id, t.shift, (
                            select %s from live_production l
                            where l.production_date = t.production_date and l.machine_id = t.machine_id
                              and l.shift = t.shift
                            order by l.recorded_at limit 1) as first_start
                        from production_shift_totals t order by 1, 2, 3""".formatted(RecordSpans.START)).query().listOfRows();
        flyway(dataSource).load().migrate();
        assertThat(jdbc.sql("""
                        select production_date, machine_id, shift, first_start
                        from production_shift_totals order by 1, 2, 3""").query().listOfRows())
                .as("V16 gives each rollup row the start of its first record, as the readers took it from raw rows")
                .isEqualTo(firstStarts)
                .allSatisfy(row -> assertThat(row.get("first_start")).isNotNull());
    }

    @Test
    void aMonthWhoseRowsWaitInTheDefaultPartitionIsLeftThereAndNamed() {
        String database = DATABASE + "_default";
        TestDatabase.ensureDatabase(database);
        var dataSource = new DriverManagerDataSource(TestDatabase.jdbcUrl(database), "postgres", TestDatabase.PASSWORD);
        var jdbc = JdbcClient.create(dataSource);
        flyway(dataSource).load().migrate();
        insertCollected(jdbc, "M-9", "2020-01-10", "2020-01-10 08:00:00+00", 10, 0);

        assertThat(jdbc.sql("select live_production_add_partitions(0, date '2020-01-01')")
                        .query(String.class)
                        .single())
                .startsWith("live_production_2020_01");
        assertThat(partitionRows(jdbc)).containsEntry("live_production_default", 1L);
        assertThat(jdbc.sql("select units_produced from production_shift_totals where machine_id = 'M-9'")
                        .query(Long.class)
                        .single())
                .isEqualTo(10L);
    }

    @Test
    void theApiServerKeepsTheComingMonthsPartitionsReady() {
        String database = DATABASE + "_ahead";
        TestDatabase.ensureDatabase(database);
        var dataSource = new DriverManagerDataSource(TestDatabase.jdbcUrl(database), "postgres", TestDatabase.PASSWORD);
        var jdbc = JdbcClient.create(dataSource);
        flyway(dataSource).load().migrate();
        String nextMonth =
                "live_production_" + YearMonth.now().plusMonths(1).toString().replace('-', '_');
        jdbc.sql("drop table " + nextMonth).update();

        new RawPartitions(jdbc, Clock.systemUTC(), ShiftCalendar.defaults(ZoneOffset.UTC), new RetentionProperties(90))
                .addComingMonths();

        assertThat(partitionRows(jdbc)).containsKey(nextMonth);
    }

    private static FluentConfiguration flyway(DriverManagerDataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
    }

    private static int insertCollected(
            JdbcClient jdbc, String machine, String date, String recordedAt, long units, long defects) {
        return jdbc.sql("""
                        insert into live_production (machine_id, production_date, shift, units_produced,
                                                     defective_units, downtime_min, state, source, recorded_at,
                                                     interval_sec, ideal_cycle_sec)
                        values (?, cast(? as date), 'A', ?, ?, 0, 'RUNNING', 'collector', cast(? as timestamptz), 5, 2)
                        on conflict do nothing""").params(machine, date, units, defects, recordedAt).update();
    }

    private static Map<String, Long> partitionRows(JdbcClient jdbc) {
        Map<String, Long> rows = new TreeMap<>();
        for (String partition : jdbc.sql("select inhrelid::regclass::text from pg_inherits"
                        + " where inhparent = 'live_production'::regclass")
                .query(String.class)
                .list()) {
            rows.put(
                    partition,
                    jdbc.sql("select count(*) from " + partition)
                            .query(Long.class)
                            .single());
        }
        return rows;
    }
}
