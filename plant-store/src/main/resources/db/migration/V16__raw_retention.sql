-- DESIGN.md §18: amrs.retention.raw-days drops whole months of raw records (live_production's partitions); the
-- rollups stay, and what the readers took from raw rows they now find in the rollup, or learn is gone:
--   production_shift_totals.first_start  the earliest start of the shift's records (a collector record starts
--       one interval before its recorded_at, a manual one at it): when a machine was first seen, where a day's
--       timeline begins
--   live_production_retention.kept_from  the raw records of production dates before it have been dropped

alter table production_shift_totals add column first_start timestamptz;

-- as the readers took it so far: the start of the shift's first record by recorded_at, one index probe per row
update production_shift_totals t
set first_start = (select case when l.source = 'api' then l.recorded_at
                               else l.recorded_at - l.interval_sec * interval '1 second' end
                   from live_production l
                   where l.production_date = t.production_date and l.machine_id = t.machine_id and l.shift = t.shift
                   order by l.recorded_at
                   limit 1);

create or replace function production_shift_totals_add() returns trigger
    language plpgsql as
$$
begin
    insert into production_shift_totals as t (production_date, machine_id, shift, units_produced, defective_units,
                                              downtime_min, planned_sec, ideal_run_sec, record_count, last_seen,
                                              first_start)
    select production_date, machine_id, shift, sum(units_produced), sum(defective_units), sum(downtime_min),
           sum(interval_sec), sum(ideal_cycle_sec * units_produced), count(*), max(recorded_at),
           min(case when source = 'api' then recorded_at else recorded_at - interval_sec * interval '1 second' end)
    from inserted_rows
    group by production_date, machine_id, shift
    order by production_date, machine_id, shift
    on conflict (production_date, machine_id, shift) do update
        set units_produced  = t.units_produced + excluded.units_produced,
            defective_units = t.defective_units + excluded.defective_units,
            downtime_min    = t.downtime_min + excluded.downtime_min,
            planned_sec     = t.planned_sec + excluded.planned_sec,
            ideal_run_sec   = t.ideal_run_sec + excluded.ideal_run_sec,
            record_count    = t.record_count + excluded.record_count,
            last_seen       = greatest(t.last_seen, excluded.last_seen),
            first_start     = least(t.first_start, excluded.first_start);
    return null;
end
$$;

create table live_production_retention (
    singleton boolean not null default true,
    kept_from date    not null,
    constraint live_production_retention_pk primary key (singleton),
    constraint live_production_retention_singleton_ck check (singleton)
);

-- Drops the month partitions that end on or before "before" (never the default partition), oldest first, and
-- returns their names. Dropping a partition deletes no row one by one: no trigger fires, the rollups keep every
-- unit. Runs with the owner's rights (DB_USER may not drop tables) and waits at most 10 s for the table's lock,
-- so that the collector's inserts never queue long behind it; the caller tries again later.
create function live_production_drop_partitions(before date)
    returns text
    language plpgsql
    security definer
    set search_path from current
    set lock_timeout = '10s'
as
$$
declare
    part    record;
    dropped text := '';
    kept    date;
begin
    for part in
        select c.relname as name, to_date(substr(c.relname, 17), 'YYYY_MM') as month
        from pg_inherits i
        join pg_class c on c.oid = i.inhrelid
        where i.inhparent = 'live_production'::regclass
          and c.relname ~ '^live_production_[0-9]{4}_[0-9]{2}$'
        order by 2
    loop
        exit when (part.month + interval '1 month')::date > before;
        execute format('drop table %I', part.name);
        dropped := dropped || ' ' || part.name;
        kept := (part.month + interval '1 month')::date;
    end loop;
    if kept is not null then
        insert into live_production_retention as r (kept_from) values (kept)
        on conflict (singleton) do update set kept_from = greatest(r.kept_from, excluded.kept_from);
    end if;
    return trim(dropped);
end
$$;
