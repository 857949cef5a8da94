-- DESIGN.md §18: live_production keeps its name and columns and becomes range-partitioned by production_date,
-- one partition per calendar month (live_production_2026_12), so that retention can drop whole months of raw
-- records while the rollups, which reports and KPIs read, stay. A default partition takes a row of a month that
-- has no partition yet; live_production_add_partitions() (run here and by the api-server at every start and
-- every day) keeps partitions ready for the coming months. The rows move to the new table before its triggers
-- exist, so the rollups are neither added to nor subtracted from: they stay exactly as they are.

alter sequence live_production_seq owned by none;
alter table live_production rename to live_production_unpartitioned;
alter table live_production_unpartitioned rename constraint live_production_pk to live_production_unpartitioned_pk;
alter index live_production_natural_key_ux rename to live_production_unpartitioned_natural_key_ux;

-- a primary key of a partitioned table holds its partition key: ids stay unique (one sequence)
create table live_production (
    id              bigint           not null default nextval('live_production_seq'),
    machine_id      varchar(64)      not null,
    production_date date             not null,
    shift           varchar(32)      not null,
    units_produced  bigint           not null,
    defective_units bigint           not null,
    downtime_min    double precision not null,
    state           varchar(16)      not null,
    source          varchar(32)      not null,
    created_at      timestamptz      not null default now(),
    recorded_at     timestamptz      not null,
    interval_sec    double precision not null,
    ideal_cycle_sec double precision not null default 0,
    constraint live_production_pk primary key (id, production_date),
    constraint live_production_units_ck check (units_produced >= 0),
    constraint live_production_defects_ck check (defective_units between 0 and units_produced),
    constraint live_production_downtime_ck check (downtime_min >= 0),
    constraint live_production_state_ck check (state in ('RUNNING', 'IDLE', 'DOWN')),
    constraint live_production_interval_ck check (interval_sec >= 0),
    constraint live_production_ideal_cycle_ck check (ideal_cycle_sec >= 0)
) partition by range (production_date);

create table live_production_default partition of live_production default;

-- The months from "from_month" through the current month and months_ahead more, each a partition unless it is
-- one already. A month whose rows wait in the default partition is left there (its rows stay readable and
-- counted) and named in the result. Runs with the owner's rights, so that the services' DB_USER, which may not
-- create tables (README, "Least-privilege database roles"), can call it.
create function live_production_add_partitions(months_ahead integer, from_month date default null)
    returns text
    language plpgsql
    security definer
    set search_path from current
as
$$
declare
    month   date;
    name    text;
    skipped text := '';
begin
    for month in
        select generate_series(date_trunc('month', coalesce(from_month, current_date)),
                               date_trunc('month', current_date) + make_interval(months => months_ahead),
                               interval '1 month')::date
    loop
        name := 'live_production_' || to_char(month, 'YYYY_MM');
        continue when to_regclass(name) is not null;
        if exists (select 1 from live_production_default
                   where production_date >= month and production_date < (month + interval '1 month')::date) then
            skipped := skipped || ' ' || name;
            continue;
        end if;
        execute format('create table %I partition of live_production for values from (%L) to (%L)',
                       name, month, (month + interval '1 month')::date);
    end loop;
    return trim(skipped);
end
$$;

select live_production_add_partitions(3, (select min(production_date) from live_production_unpartitioned));

insert into live_production (id, machine_id, production_date, shift, units_produced, defective_units, downtime_min,
                             state, source, created_at, recorded_at, interval_sec, ideal_cycle_sec)
select id, machine_id, production_date, shift, units_produced, defective_units, downtime_min, state, source,
       created_at, recorded_at, interval_sec, ideal_cycle_sec
from live_production_unpartitioned;

drop table live_production_unpartitioned;
alter sequence live_production_seq owned by live_production.id;

-- V9's bound, again not checked against the rows stored before
alter table live_production
    add constraint live_production_doubles_bounded_ck check (
        downtime_min < 1e9 and interval_sec < 1e10 and ideal_cycle_sec < 1e9) not valid;

create unique index live_production_natural_key_ux
    on live_production (production_date, machine_id, shift, recorded_at, source);

-- the triggers of V4, V5 and V8 (as V8 renamed them), on the new table
create trigger live_production_totals_insert
    after insert on live_production
    referencing new table as inserted_rows
    for each statement execute function production_shift_totals_add();

create trigger live_production_totals_delete
    after delete on live_production
    referencing old table as deleted_rows
    for each statement execute function production_shift_totals_subtract();

create trigger live_production_totals_update_1_old
    after update on live_production
    referencing old table as deleted_rows
    for each statement execute function production_shift_totals_subtract();

create trigger live_production_totals_update_2_new
    after update on live_production
    referencing new table as inserted_rows
    for each statement execute function production_shift_totals_add();

create trigger live_production_totals_truncate
    after truncate on live_production
    for each statement execute function production_shift_totals_clear();

create trigger live_production_quarter_hours_insert
    after insert on live_production
    referencing new table as inserted_rows
    for each statement execute function production_quarter_hour_totals_add();

create trigger live_production_quarter_hours_delete
    after delete on live_production
    referencing old table as deleted_rows
    for each statement execute function production_quarter_hour_totals_subtract();

create trigger live_production_quarter_hours_update_1_old
    after update on live_production
    referencing old table as deleted_rows
    for each statement execute function production_quarter_hour_totals_subtract();

create trigger live_production_quarter_hours_update_2_new
    after update on live_production
    referencing new table as inserted_rows
    for each statement execute function production_quarter_hour_totals_add();

create trigger live_production_quarter_hours_truncate
    after truncate on live_production
    for each statement execute function production_quarter_hour_totals_clear();

create trigger live_production_stamp
    before insert on live_production
    for each row
    when (new.recorded_at is null or new.interval_sec is null)
execute function live_production_stamp();
