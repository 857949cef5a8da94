package com.amrs.e2e.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the api-server stored, read straight from PostgreSQL as a user with psql would. */
public record PlantDatabase(String url, String user, String password) {

    /** One machine's production of one date, summed over its records. */
    public record Totals(long units, long defects) {}

    /** What {@code live_production} holds, up to a record id. */
    public record Archive(long maxId, long records, long units) {}

    public Map<String, Totals> totalsOf(LocalDate productionDate) throws SQLException {
        try (Connection connection = connect();
                var statement = connection.prepareStatement(
                        "select machine_id, sum(units_produced), sum(defective_units) from live_production"
                                + " where production_date = ? group by machine_id order by machine_id")) {
            statement.setObject(1, productionDate);
            Map<String, Totals> totals = new LinkedHashMap<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    totals.put(rows.getString(1), new Totals(rows.getLong(2), rows.getLong(3)));
                }
            }
            return totals;
        }
    }

    public Archive archive() throws SQLException {
        return archiveUpTo(Long.MAX_VALUE);
    }

    public Archive archiveUpTo(long maxId) throws SQLException {
        try (Connection connection = connect();
                var statement = connection.prepareStatement("select coalesce(max(id), 0), count(*),"
                        + " coalesce(sum(units_produced), 0) from live_production where id <= ?")) {
            statement.setLong(1, maxId);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return new Archive(rows.getLong(1), rows.getLong(2), rows.getLong(3));
            }
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
