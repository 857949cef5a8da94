package com.amrs.api.production;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code counter_baselines}: written with the records they produced, read when a PLC's poller starts. */
@Repository
public class CounterBaselineStore {

    private static final String COPY_STAGED = "copy staged_baselines from stdin (format binary)";
    private static final String UPSERT = """
            insert into counter_baselines as b (plc, machine_id, counted, total_count, total_type, reject_count,
                                                reject_type, downtime_seconds, state, server_start_time, read_at)
            select plc, machine_id, counted, total_count, total_type, reject_count, reject_type, downtime_seconds,
                   state, server_start_time, read_at
            from staged_baselines
            order by machine_id
            on conflict (machine_id) do update
            set plc = excluded.plc, counted = excluded.counted, total_count = excluded.total_count,
                total_type = excluded.total_type, reject_count = excluded.reject_count,
                reject_type = excluded.reject_type, downtime_seconds = excluded.downtime_seconds,
                state = excluded.state, server_start_time = excluded.server_start_time, read_at = excluded.read_at
            where excluded.read_at >= b.read_at
            """;

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;

    CounterBaselineStore(JdbcTemplate jdbcTemplate, JdbcClient jdbc) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
    }

    /**
     * Within the caller's transaction; an older baseline never replaces a newer one. A backlog of several
     * polls holds several baselines of a machine: only its newest is written, since one statement may not
     * update a row twice. COPYed into {@code staged_baselines} ({@link StagingTables}), then one upsert for
     * all machines, in the order of their ids.
     */
    void upsert(List<CounterBaselineRow> baselines) {
        if (baselines.isEmpty()) {
            return;
        }
        Collection<CounterBaselineRow> rows = baselines.stream()
                .collect(Collectors.toMap(
                        CounterBaselineRow::machineId,
                        row -> row,
                        (one, other) -> other.readAt().isAfter(one.readAt()) ? other : one,
                        LinkedHashMap::new))
                .values();
        CopyBinary staged = new CopyBinary(rows.size());
        for (CounterBaselineRow row : rows) {
            staged.row(11)
                    .text(row.plc())
                    .text(row.machineId())
                    .text(row.counted())
                    .numeric(row.totalCount())
                    .text(row.totalType())
                    .numeric(row.rejectCount())
                    .text(row.rejectType())
                    .float8(row.downtimeSeconds())
                    .text(row.state())
                    .timestamptz(row.serverStartTime())
                    .timestamptz(row.readAt());
        }
        jdbcTemplate.execute((ConnectionCallback<Integer>) connection -> {
            staged.copy(connection, COPY_STAGED);
            try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate(UPSERT);
            }
        });
    }

    public List<CounterBaselineRow> forPlc(String plc) {
        return jdbc.sql("select * from counter_baselines where plc = ?")
                .param(plc)
                .query(CounterBaselineStore::row)
                .list();
    }

    private static CounterBaselineRow row(ResultSet rs, int rowNumber) throws SQLException {
        BigDecimal total = rs.getBigDecimal("total_count");
        BigDecimal rejects = rs.getBigDecimal("reject_count");
        double downtime = rs.getDouble("downtime_seconds");
        Double downtimeSeconds = rs.wasNull() ? null : downtime;
        Timestamp started = rs.getTimestamp("server_start_time");
        return new CounterBaselineRow(
                rs.getString("plc"),
                rs.getString("machine_id"),
                rs.getString("counted"),
                total == null ? null : total.toBigIntegerExact(),
                rs.getString("total_type"),
                rejects == null ? null : rejects.toBigIntegerExact(),
                rs.getString("reject_type"),
                downtimeSeconds,
                rs.getString("state"),
                started == null ? null : started.toInstant(),
                rs.getTimestamp("read_at").toInstant());
    }
}
