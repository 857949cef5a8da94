-- Records the database refused (DESIGN.md §13), kept whole so that nothing a PLC sent is lost unseen:
-- one machine's bad value never costs another machine its records. machine_id is text: the refused
-- record may be refused for its machine id (a browse name longer than live_production allows).
--   payload  the record as the collector made it: the live_production columns and its validation fixes
--   reason   the database's message, e.g. "value too long for type character varying(64)"
create table rejected_records (
    id          bigint      generated always as identity,
    machine_id  text        not null,
    payload     jsonb       not null,
    reason      text        not null,
    rejected_at timestamptz not null default now(),
    constraint rejected_records_pk primary key (id)
);

create index rejected_records_rejected_at_ix on rejected_records (rejected_at);

-- a poll written again (the spool replayed after a crash) keeps its refused records once
create unique index rejected_records_natural_key_ux
    on rejected_records (machine_id, (payload ->> 'recorded_at'), (payload ->> 'source'));
