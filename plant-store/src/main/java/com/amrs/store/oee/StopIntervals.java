package com.amrs.store.oee;

import com.amrs.core.downtime.StopCategory;
import com.amrs.core.oee.Stop;
import com.amrs.core.shift.ProductionWindow;
import com.amrs.store.EpochMicros;
import com.amrs.store.MachineFilter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The stops of a window's production dates per machine, as the time model takes them: open stops until now. */
final class StopIntervals {

    /** A stop and the production date it belongs to. */
    record DatedStop(LocalDate date, Stop stop) {}

    private static final String INTERVAL =
            EpochMicros.of("started_at") + ", " + EpochMicros.of("coalesce(ended_at, greatest(started_at, :now))");

    private final JdbcClient jdbc;

    StopIntervals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, List<Stop>> byMachine(ProductionWindow window, MachineFilter machines, Instant now) {
        Map<String, List<Stop>> stops = new TreeMap<>();
        jdbc.sql("""
                        select machine_id, %s, category
                        from machine_stops
                        where production_date between :from and :to
                          and (cast(:machines as text[]) is null or machine_id = any(cast(:machines as text[])))
                          and (cast(:plant as text) is null or plant_id = cast(:plant as text))
                        """.formatted(INTERVAL))
                .param("from", window.from())
                .param("to", window.to())
                .param("machines", machines.parameter())
                .param("plant", machines.plantParameter())
                .param("now", Timestamp.from(now))
                .query(rs -> {
                    stops.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
                            .add(stop(rs.getLong(2), rs.getLong(3), rs.getString(4)));
                });
        return stops;
    }

    /** The stops of these production dates, each with its date. */
    Map<String, List<DatedStop>> byMachine(Collection<LocalDate> dates, MachineFilter machines, Instant now) {
        Map<String, List<DatedStop>> stops = new HashMap<>();
        jdbc.sql("""
                        select machine_id, %s, category, production_date
                        from machine_stops
                        where production_date = any(cast(:dates as date[]))
                          and (cast(:machines as text[]) is null or machine_id = any(cast(:machines as text[])))
                          and (cast(:plant as text) is null or plant_id = cast(:plant as text))
                        """.formatted(INTERVAL))
                .param("dates", dates.stream().map(LocalDate::toString).toArray(String[]::new))
                .param("machines", machines.parameter())
                .param("plant", machines.plantParameter())
                .param("now", Timestamp.from(now))
                .query(rs -> {
                    stops.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
                            .add(new DatedStop(
                                    rs.getObject(5, LocalDate.class),
                                    stop(rs.getLong(2), rs.getLong(3), rs.getString(4))));
                });
        return stops;
    }

    /** Where each machine's stops of dates before {@code date} end at the latest (open ones: now). */
    Map<String, Instant> lastEndBefore(LocalDate date, MachineFilter machines, Instant now) {
        Map<String, Instant> ends = new HashMap<>();
        jdbc.sql("""
                        select machine_id, %s
                        from machine_stops
                        where production_date < :date
                          and (cast(:machines as text[]) is null or machine_id = any(cast(:machines as text[])))
                          and (cast(:plant as text) is null or plant_id = cast(:plant as text))
                        group by machine_id
                        """.formatted(EpochMicros.of("max(coalesce(ended_at, greatest(started_at, :now)))")))
                .param("date", date)
                .param("machines", machines.parameter())
                .param("plant", machines.plantParameter())
                .param("now", Timestamp.from(now))
                .query(rs -> {
                    ends.put(rs.getString(1), EpochMicros.instant(rs.getLong(2)));
                });
        return ends;
    }

    /** Every machine that ever stopped, by a skip scan of {@code machine_stops_start_ux}. */
    Set<String> machines(MachineFilter machines) {
        Set<String> ids = new TreeSet<>();
        jdbc.sql("""
                        with recursive ids (machine_id) as (
                            (select machine_id from machine_stops
                             where cast(:plant as text) is null or plant_id = cast(:plant as text)
                             order by machine_id limit 1)
                            union all
                            select (select s.machine_id from machine_stops s where s.machine_id > ids.machine_id
                                      and (cast(:plant as text) is null or s.plant_id = cast(:plant as text))
                                    order by s.machine_id limit 1)
                            from ids where ids.machine_id is not null
                        )
                        select machine_id from ids
                        where machine_id is not null
                          and (cast(:machines as text[]) is null or machine_id = any(cast(:machines as text[])))
                        """)
                .param("machines", machines.parameter())
                .param("plant", machines.plantParameter())
                .query(rs -> {
                    ids.add(rs.getString(1));
                });
        return ids;
    }

    private static Stop stop(long startMicros, long endMicros, String category) {
        return new Stop(EpochMicros.instant(startMicros), EpochMicros.instant(endMicros), StopCategory.parse(category));
    }
}
