-- DESIGN.md §19, many plants: the records, rollups, stops and alerts carry the plant they come from
-- (amrs.plant.id, 'default' for the rows of before). A plant's own database holds one plant; a central one
-- holds them all, so a machine is known by its id and its plant. plant_id comes last in every key: the readers
-- of one plant find their rows through the same index prefixes as before.
alter table live_production add column plant_id varchar(64) not null default 'default';
alter table production_shift_totals add column plant_id varchar(64) not null default 'default';
alter table production_quarter_hour_totals add column plant_id varchar(64) not null default 'default';
alter table machine_stops add column plant_id varchar(64) not null default 'default';
alter table alerts add column plant_id varchar(64) not null default 'default';

drop index live_production_natural_key_ux;
create unique index live_production_natural_key_ux
    on live_production (production_date, machine_id, shift, recorded_at, source, plant_id);

alter table production_shift_totals drop constraint production_shift_totals_pk;
alter table production_shift_totals
    add constraint production_shift_totals_pk primary key (production_date, machine_id, shift, plant_id);
alter table production_quarter_hour_totals drop constraint production_quarter_hour_totals_pk;
alter table production_quarter_hour_totals
    add constraint production_quarter_hour_totals_pk primary key (production_date, machine_id, quarter_start, plant_id);

drop index machine_stops_start_ux;
create unique index machine_stops_start_ux on machine_stops (machine_id, started_at, plant_id);
drop index machine_stops_open_ux;
create unique index machine_stops_open_ux on machine_stops (machine_id, plant_id) where ended_at is null;

drop index alerts_firing_ux;
create unique index alerts_firing_ux on alerts (rule, machine_id, plant_id) where state = 'firing';
-- a central site's copy of an edge's alert: the id the alert has at its plant
alter table alerts add column origin_id bigint;
create unique index alerts_origin_ux on alerts (origin_id, plant_id) where origin_id is not null;

create or replace function production_shift_totals_add() returns trigger
    language plpgsql as
$$
begin
    insert into production_shift_totals as t (production_date, machine_id, shift, plant_id, units_produced,
                                              defective_units, downtime_min, planned_sec, ideal_run_sec,
                                              record_count, last_seen, first_start)
    select production_date, machine_id, shift, plant_id, sum(units_produced), sum(defective_units),
           sum(downtime_min), sum(interval_sec), sum(ideal_cycle_sec * units_produced), count(*), max(recorded_at),
           min(case when source = 'api' then recorded_at else recorded_at - interval_sec * interval '1 second' end)
    from inserted_rows
    group by production_date, machine_id, shift, plant_id
    order by production_date, machine_id, shift, plant_id
    on conflict (production_date, machine_id, shift, plant_id) do update
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

create or replace function production_shift_totals_subtract() returns trigger
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
    from (select production_date, machine_id, shift, plant_id, sum(units_produced) as units_produced,
                 sum(defective_units) as defective_units, sum(downtime_min) as downtime_min,
                 sum(interval_sec) as planned_sec, sum(ideal_cycle_sec * units_produced) as ideal_run_sec,
                 count(*) as record_count
          from deleted_rows
          group by production_date, machine_id, shift, plant_id) d
    where t.production_date = d.production_date
      and t.machine_id = d.machine_id
      and t.shift = d.shift
      and t.plant_id = d.plant_id;
    delete from production_shift_totals where record_count <= 0;
    return null;
end
$$;

create or replace function production_quarter_hour_totals_add() returns trigger
    language plpgsql as
$$
begin
    insert into production_quarter_hour_totals as t (production_date, machine_id, quarter_start, plant_id,
                                                     units_produced, defective_units, downtime_min, record_count)
    select production_date, machine_id, quarter_of(recorded_at), plant_id, sum(units_produced),
           sum(defective_units), sum(downtime_min), count(*)
    from inserted_rows
    group by production_date, machine_id, quarter_of(recorded_at), plant_id
    order by production_date, machine_id, quarter_of(recorded_at), plant_id
    on conflict (production_date, machine_id, quarter_start, plant_id) do update
        set units_produced  = t.units_produced + excluded.units_produced,
            defective_units = t.defective_units + excluded.defective_units,
            downtime_min    = t.downtime_min + excluded.downtime_min,
            record_count    = t.record_count + excluded.record_count;
    return null;
end
$$;

create or replace function production_quarter_hour_totals_subtract() returns trigger
    language plpgsql as
$$
begin
    update production_quarter_hour_totals t
    set units_produced  = t.units_produced - d.units_produced,
        defective_units = t.defective_units - d.defective_units,
        downtime_min    = t.downtime_min - d.downtime_min,
        record_count    = t.record_count - d.record_count
    from (select production_date, machine_id, quarter_of(recorded_at) as quarter_start, plant_id,
                 sum(units_produced) as units_produced, sum(defective_units) as defective_units,
                 sum(downtime_min) as downtime_min, count(*) as record_count
          from deleted_rows
          group by production_date, machine_id, quarter_of(recorded_at), plant_id) d
    where t.production_date = d.production_date
      and t.machine_id = d.machine_id
      and t.quarter_start = d.quarter_start
      and t.plant_id = d.plant_id;
    delete from production_quarter_hour_totals where record_count <= 0;
    return null;
end
$$;

create or replace function machine_stops_continue_reason() returns trigger
    language plpgsql as
$$
declare
    previous record;
begin
    if new.assigned_by is not null then
        return new; -- a central site's copy of a stop whose reason was set at its plant
    end if;
    select p.reason_code, p.reason, p.category, p.assigned_by, p.assigned_at, p.comment
    into previous
    from machine_stops p
    where p.machine_id = new.machine_id
      and p.plant_id = new.plant_id
      and p.ended_at = new.started_at
      and p.assigned_by is not null
      and p.state = new.state
      and p.fault_code is not distinct from new.fault_code;
    if found then
        new.reason_code := previous.reason_code;
        new.reason := previous.reason;
        new.category := previous.category;
        new.assigned_by := previous.assigned_by;
        new.assigned_at := previous.assigned_at;
        new.comment := previous.comment;
    end if;
    return new;
end
$$;
