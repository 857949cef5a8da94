-- Rollup of live_production per production date, machine and quarter of an hour of recorded_at, kept
-- exact by statement-level triggers like production_shift_totals (V4). GET /api/production/hourly sums
-- the quarters into the plant's local hours: every time zone's offset is a multiple of 15 minutes, so
-- quarters in UTC fit local hours whatever PLANT_TIMEZONE says (India's +05:30 and Nepal's +05:45 too).
-- A manual record (POST /api/production) counts in the quarter its shift starts.
create table production_quarter_hour_totals (
    production_date date             not null,
    machine_id      varchar(64)      not null,
    quarter_start   timestamptz      not null,
    units_produced  bigint           not null,
    defective_units bigint           not null,
    downtime_min    double precision not null,
    record_count    bigint           not null,
    constraint production_quarter_hour_totals_pk primary key (production_date, machine_id, quarter_start)
) with (fillfactor = 50);

create function quarter_of(instant timestamptz) returns timestamptz
    language sql immutable parallel safe as
$$
select date_bin('15 minutes', instant, timestamptz '2000-01-01 00:00:00+00')
$$;

create function production_quarter_hour_totals_add() returns trigger
    language plpgsql as
$$
begin
    insert into production_quarter_hour_totals as t (production_date, machine_id, quarter_start, units_produced,
                                                     defective_units, downtime_min, record_count)
    select production_date, machine_id, quarter_of(recorded_at), sum(units_produced), sum(defective_units),
           sum(downtime_min), count(*)
    from inserted_rows
    group by production_date, machine_id, quarter_of(recorded_at)
    order by production_date, machine_id, quarter_of(recorded_at)
    on conflict (production_date, machine_id, quarter_start) do update
        set units_produced  = t.units_produced + excluded.units_produced,
            defective_units = t.defective_units + excluded.defective_units,
            downtime_min    = t.downtime_min + excluded.downtime_min,
            record_count    = t.record_count + excluded.record_count;
    return null;
end
$$;

create function production_quarter_hour_totals_subtract() returns trigger
    language plpgsql as
$$
begin
    update production_quarter_hour_totals t
    set units_produced  = t.units_produced - d.units_produced,
        defective_units = t.defective_units - d.defective_units,
        downtime_min    = t.downtime_min - d.downtime_min,
        record_count    = t.record_count - d.record_count
    from (select production_date, machine_id, quarter_of(recorded_at) as quarter_start,
                 sum(units_produced) as units_produced, sum(defective_units) as defective_units,
                 sum(downtime_min) as downtime_min, count(*) as record_count
          from deleted_rows
          group by production_date, machine_id, quarter_of(recorded_at)) d
    where t.production_date = d.production_date
      and t.machine_id = d.machine_id
      and t.quarter_start = d.quarter_start;
    delete from production_quarter_hour_totals where record_count <= 0;
    return null;
end
$$;

create function production_quarter_hour_totals_clear() returns trigger
    language plpgsql as
$$
begin
    truncate production_quarter_hour_totals;
    return null;
end
$$;

create trigger live_production_quarter_hours_insert
    after insert on live_production
    referencing new table as inserted_rows
    for each statement execute function production_quarter_hour_totals_add();

create trigger live_production_quarter_hours_delete
    after delete on live_production
    referencing old table as deleted_rows
    for each statement execute function production_quarter_hour_totals_subtract();

create trigger live_production_quarter_hours_update_old
    after update on live_production
    referencing old table as deleted_rows
    for each statement execute function production_quarter_hour_totals_subtract();

create trigger live_production_quarter_hours_update_new
    after update on live_production
    referencing new table as inserted_rows
    for each statement execute function production_quarter_hour_totals_add();

create trigger live_production_quarter_hours_truncate
    after truncate on live_production
    for each statement execute function production_quarter_hour_totals_clear();

-- the rows stored before this migration
insert into production_quarter_hour_totals (production_date, machine_id, quarter_start, units_produced,
                                            defective_units, downtime_min, record_count)
select production_date, machine_id, quarter_of(recorded_at), sum(units_produced), sum(defective_units),
       sum(downtime_min), count(*)
from live_production
group by production_date, machine_id, quarter_of(recorded_at);
