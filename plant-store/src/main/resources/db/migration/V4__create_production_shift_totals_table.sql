-- Rollup of live_production per production date, machine and shift, kept exact by statement-level
-- triggers with transition tables, so every write path (collector, POST, psql) maintains it.
-- The KPI endpoints aggregate this table (a few rows per machine and day) instead of the raw rows.
--   planned_sec    Σ interval_sec: the time the records cover (OEE planned time)
--   ideal_run_sec  Σ ideal_cycle_sec × units_produced: the time the units need at ideal speed
--   last_seen      the newest recorded_at (its row is found through live_production_natural_key_ux)
-- Every poll updates one row per machine: fillfactor 50 leaves room for HOT updates.
create table production_shift_totals (
    production_date date             not null,
    machine_id      varchar(64)      not null,
    shift           varchar(32)      not null,
    units_produced  bigint           not null,
    defective_units bigint           not null,
    downtime_min    double precision not null,
    planned_sec     double precision not null,
    ideal_run_sec   double precision not null,
    record_count    bigint           not null,
    last_seen       timestamptz      not null,
    constraint production_shift_totals_pk primary key (production_date, machine_id, shift)
) with (fillfactor = 50);

create index production_shift_totals_machine_ix on production_shift_totals (machine_id, production_date);

create function production_shift_totals_add() returns trigger
    language plpgsql as
$$
begin
    insert into production_shift_totals as t (production_date, machine_id, shift, units_produced, defective_units,
                                              downtime_min, planned_sec, ideal_run_sec, record_count, last_seen)
    select production_date, machine_id, shift, sum(units_produced), sum(defective_units), sum(downtime_min),
           sum(interval_sec), sum(ideal_cycle_sec * units_produced), count(*), max(recorded_at)
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
            last_seen       = greatest(t.last_seen, excluded.last_seen);
    return null;
end
$$;

create function production_shift_totals_subtract() returns trigger
    language plpgsql as
$$
begin
    update production_shift_totals t
    set units_produced  = t.units_produced - d.units_produced,
        defective_units = t.defective_units - d.defective_units,
        downtime_min    = t.downtime_min - d.downtime_min,
        planned_sec     = t.planned_sec - d.planned_sec,
        ideal_run_sec   = t.ideal_run_sec - d.ideal_run_sec,
        record_count    = t.record_count - d.record_count
    from (select production_date, machine_id, shift, sum(units_produced) as units_produced,
                 sum(defective_units) as defective_units, sum(downtime_min) as downtime_min,
                 sum(interval_sec) as planned_sec, sum(ideal_cycle_sec * units_produced) as ideal_run_sec,
                 count(*) as record_count
          from deleted_rows
          group by production_date, machine_id, shift) d
    where t.production_date = d.production_date
      and t.machine_id = d.machine_id
      and t.shift = d.shift;
    delete from production_shift_totals where record_count <= 0;
    return null;
end
$$;

create function production_shift_totals_clear() returns trigger
    language plpgsql as
$$
begin
    truncate production_shift_totals;
    return null;
end
$$;

create trigger live_production_totals_insert
    after insert on live_production
    referencing new table as inserted_rows
    for each statement execute function production_shift_totals_add();

create trigger live_production_totals_delete
    after delete on live_production
    referencing old table as deleted_rows
    for each statement execute function production_shift_totals_subtract();

-- An update is a delete of the old rows plus an insert of the new ones (last_seen only grows).
create trigger live_production_totals_update_old
    after update on live_production
    referencing old table as deleted_rows
    for each statement execute function production_shift_totals_subtract();

create trigger live_production_totals_update_new
    after update on live_production
    referencing new table as inserted_rows
    for each statement execute function production_shift_totals_add();

create trigger live_production_totals_truncate
    after truncate on live_production
    for each statement execute function production_shift_totals_clear();
