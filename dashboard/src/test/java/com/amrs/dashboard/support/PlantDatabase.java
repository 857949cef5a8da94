package com.amrs.dashboard.support;

import com.amrs.core.shift.ShiftCalendar;
import com.amrs.core.shift.ShiftDefinition;
import com.amrs.testsupport.EmbeddedDatabase;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

/**
 * The real PostgreSQL the api-server stores into, the test JVM's {@link EmbeddedDatabase}; the tests write into it
 * what other services would (history, a generated report).
 */
public final class PlantDatabase implements AutoCloseable {

    public static final String NAME = "manufacturing";
    /** What the api-server is given: the server trusts local logins, but a weak password stops it (DESIGN.md §15). */
    public static final String PASSWORD = EmbeddedDatabase.PASSWORD;

    public static final List<String> MACHINES = List.of("OPC-UA-M1", "OPC-UA-M2", "OPC-UA-M3");
    /** The plant's shifts in the tests: A 06:00, B 14:00, C 22:00 in UTC, as config/amrs.yml has them. */
    public static final ShiftCalendar CALENDAR = ShiftCalendar.defaults(ZoneOffset.UTC);

    private static final double[] IDEAL_CYCLE_SECONDS = {1.2, 1.8, 2.5};
    private static final int SHIFT_SECONDS = 8 * 3600;

    private PlantDatabase() {}

    /** Starts the server with database {@link #NAME}, empty: the api-server migrates it. */
    public static PlantDatabase start() {
        EmbeddedDatabase.recreate(NAME);
        return new PlantDatabase();
    }

    public int port() {
        return EmbeddedDatabase.port();
    }

    public Connection connect() throws SQLException {
        return connect(NAME);
    }

    /** Another database of this PostgreSQL, made empty: a second site's (a central one). */
    public void createDatabase(String name) {
        EmbeddedDatabase.recreate(name);
    }

    public Connection connect(String database) throws SQLException {
        return EmbeddedDatabase.dataSource(database).getConnection();
    }

    /**
     * 29 days of plausible history before today (UTC, the plant's default time zone): three shifts per
     * machine and day, seeded, so that the 24 h, 7 d and 30 d ranges differ and the trend has a shape.
     * Written into live_production like any other record; the rollup triggers do the rest.
     */
    public void seedHistory(LocalDate today) {
        var random = new Random(42);
        String sql = """
                insert into live_production (machine_id, production_date, shift, units_produced, defective_units,
                    downtime_min, state, source, recorded_at, interval_sec, ideal_cycle_sec)
                values (?, ?, ?, ?, ?, ?, 'RUNNING', 'import', ?, ?, ?)
                """;
        try (Connection connection = connect();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int daysAgo = 29; daysAgo >= 1; daysAgo--) {
                LocalDate date = today.minusDays(daysAgo);
                boolean weekend = date.getDayOfWeek().getValue() >= 6;
                for (int m = 0; m < MACHINES.size(); m++) {
                    for (ShiftDefinition shift : CALENDAR.shifts()) {
                        if (weekend && !shift.name().equals("A")) {
                            continue;
                        }
                        double downtimeMin =
                                random.nextDouble() < 0.3 ? 0 : Math.round(random.nextDouble() * 900) / 10.0;
                        double runSeconds = SHIFT_SECONDS - downtimeMin * 60;
                        long units =
                                Math.round(runSeconds / IDEAL_CYCLE_SECONDS[m] * (0.78 + random.nextDouble() * 0.17));
                        long defects = Math.round(units * (0.004 + random.nextDouble() * 0.025));
                        Instant end = date.atTime(shift.start())
                                .toInstant(ZoneOffset.UTC)
                                .plusSeconds(SHIFT_SECONDS - 1);
                        insert.setString(1, MACHINES.get(m));
                        insert.setDate(2, Date.valueOf(date));
                        insert.setString(3, shift.name());
                        insert.setLong(4, units);
                        insert.setLong(5, defects);
                        insert.setDouble(6, downtimeMin);
                        insert.setTimestamp(7, Timestamp.from(end));
                        insert.setDouble(8, SHIFT_SECONDS);
                        insert.setDouble(9, IDEAL_CYCLE_SECONDS[m]);
                        insert.addBatch();
                    }
                }
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot seed the production history", e);
        }
    }

    /** A report as the reporting pipeline stores it. */
    public void insertReport(String fileName, byte[] pdf, LocalDate periodStart, LocalDate periodEnd) {
        try (Connection connection = connect();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into reports (period_start, period_end, file_name, content, mail_status, kind)"
                                + " values (?, ?, ?, ?, 'skipped', 'scheduled')")) {
            insert.setDate(1, Date.valueOf(periodStart));
            insert.setDate(2, Date.valueOf(periodEnd));
            insert.setString(3, fileName);
            insert.setBytes(4, pdf);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store a report", e);
        }
    }

    /** Stops written straight into machine_stops, and read back. */
    public StopRows stops() {
        return new StopRows(this);
    }

    /** Alerts written straight into alerts, and read back. */
    public AlertRows alerts() {
        return new AlertRows(this);
    }

    public void deleteReports() {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("delete from reports");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot delete the reports", e);
        }
    }

    /** How many report jobs were ever queued (done ones too). */
    public long reportJobCount() {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*) from report_jobs")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the report jobs", e);
        }
    }

    @Override
    public void close() {
        EmbeddedDatabase.stop();
    }
}
