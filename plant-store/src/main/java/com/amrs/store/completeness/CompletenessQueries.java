package com.amrs.store.completeness;

import com.amrs.core.completeness.SlotQuery;
import com.amrs.core.completeness.SlotTotals;
import com.amrs.core.shift.Interval;
import com.amrs.core.shift.ProductionWindow;
import com.amrs.core.shift.ShiftSlot;
import com.amrs.store.EpochMicros;
import com.amrs.store.MachineFilter;
import com.amrs.store.production.RecordSpans;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What completeness (DESIGN.md §13) reads: the rollup, and raw records only for the shifts the plan
 * names, through {@code live_production_natural_key_ux}, each covering its {@link RecordSpans}.
 */
final class CompletenessQueries {

    private static final String START = RecordSpans.START;
    private static final String END = RecordSpans.END;

    private final JdbcClient jdbc;

    CompletenessQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SlotTotals> slotTotals(ProductionWindow window, MachineFilter machines) {
        return slotTotals(window.dates(), machines);
    }

    List<SlotTotals> slotTotals(Collection<LocalDate> dates, MachineFilter machines) {
        if (dates.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select machine_id, production_date, shift, planned_sec, record_count, %s, %s
                        from production_shift_totals
                        where production_date = any(cast(:dates as date[]))
                          and (cast(:machines as text[]) is null or machine_id = any(cast(:machines as text[])))
                          and (cast(:plant as text) is null or plant_id = cast(:plant as text))
                        """.formatted(EpochMicros.of("last_seen"), EpochMicros.of("first_start")))
                .param("dates", dates.stream().map(LocalDate::toString).toArray(String[]::new))
                .param("machines", machines.parameter())
                .param("plant", machines.plantParameter())
                .query((rs, row) -> new SlotTotals(
                        rs.getString(1),
                        new ShiftSlot(rs.getObject(2, LocalDate.class), rs.getString(3)),
                        rs.getDouble(4),
                        rs.getLong(5),
                        EpochMicros.instant(rs.getLong(6)),
                        rs.getObject(7) == null ? null : EpochMicros.instant(rs.getLong(7))))
                .list();
    }

    /** The first production date whose raw records retention kept, or null when it dropped none. */
    LocalDate rawKeptFrom() {
        return jdbc.sql("select kept_from from live_production_retention")
                .query(LocalDate.class)
                .optional()
                .orElse(null);
    }

    /**
     * The stretches of each queried shift's expected time that no record covers: its records and the
     * next shift's first one (which may reach back over the shift change), sorted by start, each
     * stretch between the furthest end so far and the next start. Only the gaps leave the database.
     */
    Map<String, List<Interval>> uncovered(List<SlotQuery> queries, MachineFilter plant) {
        Map<String, List<Interval>> holes = new LinkedHashMap<>();
        if (queries.isEmpty()) {
            return holes;
        }
        jdbc.sql("""
                        with p as (select cast(? as text) as plant_id),
                        q as (
                            select * from unnest(cast(? as text[]), cast(? as date[]), cast(? as text[]),
                                                 cast(? as timestamptz[]), cast(? as timestamptz[]),
                                                 cast(? as date[]), cast(? as text[]))
                                as q (machine_id, production_date, shift, slot_from, slot_to, next_date, next_shift)
                        ),
                        spans as (
                            select q.machine_id, q.slot_from,
                                   greatest(s.from_at, q.slot_from) as from_at, least(s.to_at, q.slot_to) as to_at
                            from q
                            cross join p
                            cross join lateral (
                                select %1$s as from_at, %2$s as to_at
                                from live_production l
                                where l.production_date = q.production_date and l.machine_id = q.machine_id
                                  and l.shift = q.shift and (p.plant_id is null or l.plant_id = p.plant_id)
                                union all
                                (select %1$s, %2$s
                                 from live_production l
                                 where l.production_date = q.next_date and l.machine_id = q.machine_id
                                   and l.shift = q.next_shift and (p.plant_id is null or l.plant_id = p.plant_id)
                                 order by l.recorded_at limit 1)
                                union all select q.slot_from, q.slot_from
                                union all select q.slot_to, q.slot_to
                            ) s
                            where s.to_at >= q.slot_from and s.from_at <= q.slot_to
                        ),
                        ordered as (
                            select machine_id, from_at,
                                   max(to_at) over (partition by machine_id, slot_from order by from_at, to_at
                                                    rows between unbounded preceding and 1 preceding) as covered_to
                            from spans
                        )
                        select machine_id, covered_to, from_at from ordered
                        where from_at > covered_to
                        order by machine_id, covered_to
                        """.formatted(START, END))
                .params(
                        plant.plantParameter(),
                        column(queries, SlotQuery::machineId),
                        column(queries, q -> q.slot().productionDate().toString()),
                        column(queries, q -> q.slot().shift()),
                        column(queries, q -> q.expected().from().toString()),
                        column(queries, q -> q.expected().to().toString()),
                        column(queries, q -> q.next().productionDate().toString()),
                        column(queries, q -> q.next().shift()))
                .query(rs -> {
                    holes.computeIfAbsent(rs.getString(1), machine -> new ArrayList<>())
                            .add(new Interval(
                                    rs.getTimestamp(2).toInstant(),
                                    rs.getTimestamp(3).toInstant()));
                });
        return holes;
    }

    /** Which gaps hold records the database refused: by their refusal or their own time. */
    Set<Integer> withRejectedRecords(List<String> machines, List<Interval> gaps) {
        Set<Integer> found = new HashSet<>();
        if (gaps.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        select cast(g.i as int) - 1
                        from unnest(cast(? as text[]), cast(? as timestamptz[]), cast(? as timestamptz[]))
                            with ordinality as g (machine_id, gap_from, gap_to, i)
                        where exists (
                            select 1 from rejected_records r
                            where r.machine_id = g.machine_id
                              and (r.rejected_at between g.gap_from and g.gap_to
                                   or case when r.payload ->> 'recorded_at' ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9:.]+(Z|[+-][0-9:]+)$'
                                           then cast(r.payload ->> 'recorded_at' as timestamptz) end
                                      between g.gap_from and g.gap_to))
                        """)
                .params(
                        machines.toArray(String[]::new),
                        gaps.stream().map(gap -> gap.from().toString()).toArray(String[]::new),
                        gaps.stream().map(gap -> gap.to().toString()).toArray(String[]::new))
                .query(rs -> {
                    found.add(rs.getInt(1));
                });
        return found;
    }

    private static String[] column(List<SlotQuery> queries, java.util.function.Function<SlotQuery, String> value) {
        return queries.stream().map(value).toArray(String[]::new);
    }
}
