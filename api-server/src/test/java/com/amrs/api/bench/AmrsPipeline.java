package com.amrs.api.bench;

import com.amrs.api.production.NewRecord;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ours (DESIGN.md §19): records COPYed into the edge's {@code live_production} as its collector stores them, one
 * transaction per poll; the outbox trigger, the edge api-server's publisher, Kafka, the central api-server's
 * consumer and its careful insert take them to the central database. Arrival is read from the central rollup
 * ({@code production_shift_totals.record_count}, written in the same transaction as the records: a cheap
 * {@code count(*)}); lag is the central {@code created_at} − the edge {@code created_at} of the same natural key.
 */
final class AmrsPipeline implements Pipeline, AutoCloseable {

    private static final String ROWS = """
            select machine_id, recorded_at, source, created_at from live_production
            where plant_id = ? and recorded_at between ? and ?""";

    private final Connection edge;
    private final Connection central;
    private final RecordCopy copy;
    private final String plant;

    AmrsPipeline(DurablePostgres postgres, String edgeDatabase, String centralDatabase, String plant)
            throws SQLException {
        this.edge = postgres.connect(edgeDatabase);
        this.central = postgres.connect(centralDatabase);
        this.copy = RecordCopy.forPlant(edge, plant);
        this.plant = plant;
    }

    @Override
    public void send(List<NewRecord> poll) {
        try {
            copy.copy(poll, 0);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void sent() {
        // each COPY committed: the rows are in the outbox
    }

    @Override
    public boolean inKafka() {
        return query(edge, "select count(*) from (select 1 from kafka_outbox order by seq limit 1) oldest") == 0;
    }

    @Override
    public long arrived() {
        return query(
                central,
                "select coalesce(sum(record_count), 0) from production_shift_totals where plant_id = '" + plant + "'");
    }

    @Override
    public List<Duration> lags(Instant from, Instant to) {
        Map<String, Instant> atEdge = createdAt(edge, from, to);
        List<Duration> lags = new ArrayList<>(atEdge.size());
        createdAt(central, from, to).forEach((key, atCentral) -> {
            Instant entered = atEdge.get(key);
            if (entered != null) {
                lags.add(Duration.between(entered, atCentral));
            }
        });
        return lags;
    }

    /** {@code created_at} by natural key (machine, recorded_at, source) of the rows recorded in the window. */
    private Map<String, Instant> createdAt(Connection connection, Instant from, Instant to) {
        Map<String, Instant> rows = new HashMap<>();
        try (var statement = connection.prepareStatement(ROWS)) {
            statement.setString(1, plant);
            statement.setObject(2, from.atOffset(ZoneOffset.UTC));
            statement.setObject(3, to.atOffset(ZoneOffset.UTC));
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    String key = result.getString(1) + "|"
                            + result.getObject(2, OffsetDateTime.class).toInstant() + "|" + result.getString(3);
                    rows.put(key, result.getObject(4, OffsetDateTime.class).toInstant());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    static long query(Connection connection, String sql) {
        try (var statement = connection.createStatement();
                var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws SQLException {
        edge.close();
        central.close();
    }
}
