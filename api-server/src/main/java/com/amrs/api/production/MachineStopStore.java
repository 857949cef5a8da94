package com.amrs.api.production;

import com.amrs.api.system.AmrsProperties;
import com.amrs.core.downtime.StopCategory;
import com.amrs.core.downtime.StopReason;
import com.amrs.core.machine.MachineState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code machine_stops} as the collector writes it: in the transaction of the poll that saw the change. */
@Repository
public class MachineStopStore {

    private static final String UPSERT = """
            insert into machine_stops as s (machine_id, started_at, ended_at, duration_sec, state, fault_code,
                                            reason_code, reason, category, production_date, shift, plant_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (machine_id, started_at, plant_id) do update
            set ended_at = excluded.ended_at, duration_sec = excluded.duration_sec,
                fault_code = excluded.fault_code,
                reason_code = case when s.assigned_by is null then excluded.reason_code else s.reason_code end,
                reason = case when s.assigned_by is null then excluded.reason else s.reason end,
                category = case when s.assigned_by is null then excluded.category else s.category end
            where s.ended_at is null
            """;

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private final String plant;

    MachineStopStore(JdbcTemplate jdbcTemplate, JdbcClient jdbc, AmrsProperties properties) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
        this.plant = properties.plant().id();
    }

    /**
     * Within the caller's transaction. Several writes of one stop (a backlog of polls) are written as the
     * last; stops that end come before those that start, since a machine has one open stop at most.
     */
    void upsert(String plant, List<StopWrite> stops) {
        if (stops.isEmpty()) {
            return;
        }
        Collection<StopWrite> rows = stops.stream()
                .collect(Collectors.toMap(
                        stop -> stop.machineId() + '\n' + stop.startedAt(),
                        stop -> stop,
                        (earlier, later) -> later,
                        LinkedHashMap::new))
                .values()
                .stream()
                .sorted(Comparator.comparing(StopWrite::open))
                .toList();
        jdbcTemplate.batchUpdate(UPSERT, rows, rows.size(), (statement, stop) -> {
            statement.setString(1, stop.machineId());
            statement.setTimestamp(2, Timestamp.from(stop.startedAt()));
            statement.setTimestamp(3, stop.endedAt() == null ? null : Timestamp.from(stop.endedAt()));
            statement.setObject(4, stop.durationSeconds(), Types.DOUBLE);
            statement.setString(5, stop.state().name());
            statement.setObject(6, stop.faultCode(), Types.INTEGER);
            statement.setObject(7, stop.reason().code(), Types.INTEGER);
            statement.setString(8, stop.reason().reason());
            statement.setString(9, stop.reason().category().code());
            statement.setObject(10, stop.productionDate());
            statement.setString(11, stop.shift());
            statement.setString(12, plant);
        });
    }

    /** The stops open now, of every machine of the plant: the collector continues them after a restart. */
    public List<StopWrite> open() {
        return jdbc.sql("select * from machine_stops where ended_at is null and plant_id = ? order by machine_id")
                .param(plant)
                .query(MachineStopStore::row)
                .list();
    }

    private static StopWrite row(ResultSet rs, int rowNumber) throws SQLException {
        int code = rs.getInt("reason_code");
        Integer reasonCode = rs.wasNull() ? null : code;
        int fault = rs.getInt("fault_code");
        Integer faultCode = rs.wasNull() ? null : fault;
        Timestamp ended = rs.getTimestamp("ended_at");
        return new StopWrite(
                rs.getString("machine_id"),
                rs.getTimestamp("started_at").toInstant(),
                ended == null ? null : ended.toInstant(),
                MachineState.valueOf(rs.getString("state")),
                faultCode,
                new StopReason(reasonCode, rs.getString("reason"), StopCategory.parse(rs.getString("category"))),
                rs.getDate("production_date").toLocalDate(),
                rs.getString("shift"));
    }
}
