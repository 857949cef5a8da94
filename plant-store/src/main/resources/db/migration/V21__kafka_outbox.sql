-- DESIGN.md §19: an edge plant publishes each record, stop change and alert change to Kafka. They are written
-- here in the transaction that stores them, by the triggers below while kafka_publishing.enabled (the edge
-- api-server sets it at start-up, any other mode clears it), and the publisher sends them in seq order and
-- deletes what Kafka acknowledged: a crash loses nothing, and while Kafka is away they wait here.
create table kafka_outbox (
    seq        bigint      generated always as identity,
    topic      varchar(32) not null,
    key        text        not null,
    payload    jsonb       not null,
    created_at timestamptz not null default now(),
    constraint kafka_outbox_pk primary key (seq)
);

create table kafka_publishing (
    singleton boolean not null default true,
    enabled   boolean not null,
    constraint kafka_publishing_pk primary key (singleton),
    constraint kafka_publishing_singleton_ck check (singleton)
);

insert into kafka_publishing (enabled) values (false);

create function kafka_outbox_records() returns trigger
    language plpgsql as
$$
begin
    if (select enabled from kafka_publishing) then
        insert into kafka_outbox (topic, key, payload)
        select 'amrs.production', r.plant_id || '/' || r.machine_id, to_jsonb(r) - 'id'
        from inserted_rows r
        order by r.recorded_at;
    end if;
    return null;
end
$$;

create function kafka_outbox_row() returns trigger
    language plpgsql as
$$
begin
    if (select enabled from kafka_publishing) then
        insert into kafka_outbox (topic, key, payload)
        values (tg_argv[0], new.plant_id || '/' || new.machine_id, to_jsonb(new));
    end if;
    return null;
end
$$;

create trigger live_production_outbox
    after insert on live_production
    referencing new table as inserted_rows
    for each statement execute function kafka_outbox_records();

create trigger machine_stops_outbox
    after insert or update on machine_stops
    for each row execute function kafka_outbox_row('amrs.stops');

create trigger alerts_outbox
    after insert or update on alerts
    for each row execute function kafka_outbox_row('amrs.alerts');
