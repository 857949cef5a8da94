package com.amrs.store.oee;

import com.amrs.core.downtime.StopCategory;
import com.amrs.core.oee.Stop;
import com.amrs.core.shift.ProductionWindow;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The stops of a window's production dates per machine, as the time model takes them: open stops until now. */
final class StopIntervals {

    private final JdbcClient jdbc;

    StopIntervals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, List<Stop>> byMachine(ProductionWindow window, Optional<String> machineId, Instant now) {
        Map<String, List<Stop>> stops = new TreeMap<>();
        jdbc.sql("""
                        select machine_id, started_at, coalesce(ended_at, greatest(started_at, :now)), category
                        from machine_stops
                        where production_date between :from and :to
                          and (cast(:machine as varchar) is null or machine_id = :machine)
                        """)
                .param("from", window.from())
                .param("to", window.to())
                .param("machine", machineId.orElse(null))
                .param("now", Timestamp.from(now))
                .query(rs -> {
                    stops.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
                            .add(new Stop(
                                    rs.getTimestamp(2).toInstant(),
                                    rs.getTimestamp(3).toInstant(),
                                    StopCategory.parse(rs.getString(4))));
                });
        return stops;
    }
}
