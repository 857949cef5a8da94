package com.amrs.api.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amrs.api.ApiServerApplication;
import com.amrs.api.production.NewRecord;
import com.amrs.api.production.ProductionStore;
import com.amrs.api.support.TestDatabase;
import com.amrs.core.machine.MachineState;
import com.amrs.core.production.ProductionRecord;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Least-privilege roles on a real PostgreSQL: with {@code DB_MIGRATION_USER} the api-server migrates as the
 * role that owns the database, and its own {@code DB_USER} may read and write rows but not change the schema.
 */
class MigrationRoleIntegrationTests {

    private static final String DATABASE = "amrs_roles";
    private static final String OWNER = "amrs_owner";
    private static final String APP = "amrs_app";

    @BeforeAll
    static void twoRolesAndADatabaseOwnedByTheFirst() throws SQLException {
        TestDatabase.ensureDatabase(DATABASE);
        try (Connection connection = connect("postgres", "postgres");
                Statement statement = connection.createStatement()) {
            for (String role : new String[] {OWNER, APP}) {
                statement.execute("do $$ begin create role " + role + " login password '" + TestDatabase.PASSWORD
                        + "'; exception when duplicate_object then null; end $$");
            }
            statement.execute("alter database " + DATABASE + " owner to " + OWNER);
        }
    }

    @Test
    void migratesAsTheOwnerAndLetsTheServiceOnlyReadAndWriteRows() throws SQLException {
        try (ConfigurableApplicationContext context = start()) {
            JdbcClient asService = JdbcClient.create(context.getBean(javax.sql.DataSource.class));
            assertThat(asService.sql("select current_user").query(String.class).single())
                    .isEqualTo(APP);
            assertThat(asService
                            .sql("select count(*) from plant_shifts")
                            .query(Long.class)
                            .single())
                    .as("the shifts the api-server wrote at start-up, as " + APP)
                    .isPositive();
            var record = new ProductionRecord(
                    "OPC-UA-M1",
                    LocalDate.of(2026, 1, 26),
                    "A",
                    3,
                    0,
                    0,
                    MachineState.RUNNING,
                    "opcua",
                    Instant.parse("2026-01-26T08:00:00Z"));
            assertThat(context.getBean(ProductionStore.class)
                            .store(List.of(new NewRecord(record, Duration.ofSeconds(1), 1.0, List.of())))
                            .stored())
                    .as("a poll written as " + APP + " through the writer's temporary staging tables")
                    .isOne();
        }
        try (Connection owner = connect(OWNER, TestDatabase.PASSWORD);
                Statement statement = owner.createStatement();
                var tables = statement.executeQuery(
                        "select count(*) filter (where tableowner <> current_user) from pg_tables"
                                + " where schemaname = 'public'")) {
            tables.next();
            assertThat(tables.getLong(1)).as("tables not owned by " + OWNER).isZero();
        }

        try (Connection app = connect(APP, TestDatabase.PASSWORD);
                Statement statement = app.createStatement()) {
            statement.execute("insert into validation_events (occurred_at, machine_id, field, old_value, new_value,"
                    + " rule, source) values (now(), 'OPC-UA-M1', 'units', '-1', '0', 'negative', 'test')");
            statement.execute("update validation_events set new_value = '1' where source = 'test'");
            statement.execute("delete from validation_events where source = 'test'");

            assertRefused(statement, "create table intruder (id int)", "permission denied for schema public");
            assertRefused(statement, "drop table live_production", "must be owner of table live_production");
            assertRefused(statement, "alter table reports add column intruder int", "must be owner of table reports");
            assertRefused(statement, "delete from flyway_schema_history", "permission denied for table");
        }
    }

    private static void assertRefused(Statement statement, String sql, String reason) {
        assertThatThrownBy(() -> statement.execute(sql))
                .as(sql)
                .isInstanceOf(SQLException.class)
                .hasMessageContaining(reason);
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ApiServerApplication.class)
                .run(
                        "--spring.datasource.url=" + TestDatabase.jdbcUrl(DATABASE),
                        "--DB_USER=" + APP,
                        "--DB_PASSWORD=" + TestDatabase.PASSWORD,
                        "--DB_MIGRATION_USER=" + OWNER,
                        "--DB_MIGRATION_PASSWORD=" + TestDatabase.PASSWORD,
                        "--server.port=0",
                        "--amrs.api.collector.enabled=false",
                        "--AMRS_CONFIG=does-not-exist.yml",
                        "--amrs.api.reports-dir=target/test-reports/roles",
                        "--AMRS_SPOOL_DIR=" + TestDatabase.spoolDir(DATABASE));
    }

    private static Connection connect(String user, String password) throws SQLException {
        return DriverManager.getConnection(TestDatabase.jdbcUrl(DATABASE), user, password);
    }
}
