-- The PLC counters each machine's latest stored record was counted from (DESIGN.md §13), written in the
-- transaction of that record: after a restart or a crash the collector counts on from here, so what the
-- machines made while it was down is recorded, and nothing counted twice.
--   counted         which counter total_count holds: total_count or good_count, as the tag map maps it
--   total_type, reject_type  the counters' OPC-UA types (UInt16 …), for wraps across the gap
create table counter_baselines (
    plc               varchar(64)      not null,
    machine_id        varchar(64)      not null,
    counted           varchar(16)      not null,
    total_count       numeric(20, 0),
    total_type        varchar(8),
    reject_count      numeric(20, 0),
    reject_type       varchar(8),
    downtime_seconds  double precision,
    state             varchar(16),
    server_start_time timestamptz,
    read_at           timestamptz      not null,
    constraint counter_baselines_pk primary key (machine_id)
);
