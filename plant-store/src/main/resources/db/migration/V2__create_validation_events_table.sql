-- The audit trail of validation fixes (DESIGN.md §5): one row per repaired field.
create sequence validation_events_seq start with 1 increment by 128;

create table validation_events (
    id          bigint       not null default nextval('validation_events_seq'),
    occurred_at timestamptz  not null,
    machine_id  varchar(64)  not null,
    field       varchar(64)  not null,
    old_value   varchar(255) not null,
    new_value   varchar(255) not null,
    rule        varchar(64)  not null,
    source      varchar(32)  not null,
    constraint validation_events_pk primary key (id)
);

alter sequence validation_events_seq owned by validation_events.id;

create index validation_events_occurred_at_ix on validation_events (occurred_at);
