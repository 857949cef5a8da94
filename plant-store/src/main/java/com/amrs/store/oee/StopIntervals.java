package com.amrs.store.oee;

import com.amrs.core.downtime.StopCategory;
import com.amrs.core.oee.Stop;
import com.amrs.core.shift.ProductionWindow;
import com.amrs.store.EpochMicros;
import com.amrs.store.MachineFilter;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The stops of a window's production dates per machine, as the time model takes them: open stops until now. */
final class StopIntervals {

    private final JdbcClient jdbc;

    StopIntervals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, List<Stop>> byMachine(ProductionWindow window, MachineFilter machines, Instant now) {
        Map<String, List<Stop>> stops = new TreeMap<>();
        jdbc.sql("""
                        select machine_id, %s, %s, category
                        from machine_stops
                        where production_date between :from and :to
                          and (cast(:machines as text[]) is null or machine_id = any(cast(:machines as text[])))
                        """.formatted(
                        EpochMicros.of("started_at"), EpochMicros.of("coalesce(ended_at, greatest(started_at, :now))")))
                .param("from", window.from())
                .param("to", window.to())
                .param("machines", machines.parameter())
                .param("now", Timestamp.from(now))
                .query(rs -> {
                    stops.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
                            .add(new Stop(
                                    EpochMicros.instant(rs.getLong(2)),
                                    EpochMicros.instant(rs.getLong(3)),
                                    StopCategory.parse(rs.getString(4))));
                });
        return stops;
    }
}
