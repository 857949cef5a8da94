-- DESIGN.md §19: a statement that writes outbox rows notifies channel kafka_outbox (delivered at commit, once per
-- transaction), so that the edge's publisher, listening, sends them at once instead of at its next idle poll.
create function kafka_outbox_notify() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('kafka_outbox', '');
    return null;
end
$$;

create trigger kafka_outbox_notify
    after insert on kafka_outbox
    for each statement execute function kafka_outbox_notify();
