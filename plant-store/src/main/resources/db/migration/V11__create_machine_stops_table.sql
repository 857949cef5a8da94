-- Stops (DESIGN.md §14): one row per stop of a machine (DOWN or IDLE) and shift, open while ended_at is
-- null. A stop open at a shift change ends at the boundary and continues in a new row from there, so that
-- every row belongs to one production date and shift. Written by the collector from the machines' state.
--   fault_code   the PLC's FaultCode when the stop began (0 or null: none)
--   reason_code  the catalogue code (amrs.downtime.reasons) the stop is charged to; null is Unassigned.
--                Taken from fault_code when the catalogue knows it, else assigned by a user (PUT)
--   category     planned or unplanned, from the catalogue (Unassigned is unplanned)
--   duration_sec ended_at - started_at, null while open
create table machine_stops (
    id              bigint           generated always as identity,
    machine_id      varchar(64)      not null,
    started_at      timestamptz      not null,
    ended_at        timestamptz,
    duration_sec    double precision,
    state           varchar(16)      not null,
    fault_code      integer,
    reason_code     integer,
    reason          varchar(128)     not null,
    category        varchar(16)      not null,
    production_date date             not null,
    shift           varchar(32)      not null,
    assigned_by     varchar(64),
    assigned_at     timestamptz,
    comment         varchar(500),
    constraint machine_stops_pk primary key (id),
    constraint machine_stops_state_ck check (state in ('DOWN', 'IDLE')),
    constraint machine_stops_category_ck check (category in ('planned', 'unplanned')),
    constraint machine_stops_ended_ck check (ended_at is null or ended_at >= started_at),
    constraint machine_stops_duration_ck check ((ended_at is null) = (duration_sec is null))
);

-- a stop is recorded once, even when a write is repeated (the spool replayed after a crash)
create unique index machine_stops_start_ux on machine_stops (machine_id, started_at);
-- at most one open stop per machine
create unique index machine_stops_open_ux on machine_stops (machine_id) where ended_at is null;
-- the Pareto, the loss waterfall and the stops of a window
create index machine_stops_date_ix on machine_stops (production_date, machine_id);

-- A stop split at a shift change keeps the reason a user assigned to it before the split.
create function machine_stops_continue_reason() returns trigger
    language plpgsql as
$$
declare
    previous record;
begin
    select p.reason_code, p.reason, p.category, p.assigned_by, p.assigned_at, p.comment
    into previous
    from machine_stops p
    where p.machine_id = new.machine_id
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

create trigger machine_stops_continue_reason
    before insert on machine_stops
    for each row
execute function machine_stops_continue_reason();
