-- One row per machine and collection interval (collector) or per machine and shift (POST /api/production).
-- The columns up to created_at are the contract of DESIGN.md §4; the rest is what OEE needs:
--   recorded_at     the instant the record refers to: the poll instant, or the shift start for a manual record
--   interval_sec    the time the record covers (planned time): time since the previous poll, or the shift length
--   ideal_cycle_sec the machine's ideal cycle time when the record was taken
-- ids come 128 at a time: the JPA allocation size and JDBC batch size (see application.yml)
create sequence live_production_seq start with 1 increment by 128;

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
    recorded_at     timestamptz      not null default now(),
    interval_sec    double precision not null default 0,
    ideal_cycle_sec double precision not null default 0,
    constraint live_production_pk primary key (id),
    constraint live_production_units_ck check (units_produced >= 0),
    constraint live_production_defects_ck check (defective_units between 0 and units_produced),
    constraint live_production_downtime_ck check (downtime_min >= 0),
    constraint live_production_state_ck check (state in ('RUNNING', 'IDLE', 'DOWN')),
    constraint live_production_interval_ck check (interval_sec >= 0),
    constraint live_production_ideal_cycle_ck check (ideal_cycle_sec >= 0)
);

alter sequence live_production_seq owned by live_production.id;

-- A record is a duplicate when machine, date, shift, instant and source are the same (409 on POST).
-- Leading with the date, the same index serves queries by production date (one index less to write).
create unique index live_production_natural_key_ux
    on live_production (production_date, machine_id, shift, recorded_at, source);
