-- DESIGN.md §17: alerts. One row per time a rule's condition held for a machine long enough to fire; at most
-- one firing row per rule and machine (unique), so that a restart or a second instance never fires it twice.
--   condition         the rule's "when" as it fired (the rule may change later)
--   started_at        when the condition began; fired_at when it had held for the rule's "for"
--   last_notified_at  the last firing or reminder notification: the next reminder is due "repeat" after it
--   text              what the notifications say, e.g. "M-3 has been DOWN for 5 min (since 10:02)"
create table alerts (
    id               bigint       generated always as identity,
    rule             varchar(64)  not null,
    condition        varchar(32)  not null,
    machine_id       varchar(64)  not null,
    state            varchar(16)  not null,
    started_at       timestamptz  not null,
    fired_at         timestamptz  not null,
    resolved_at      timestamptz,
    acknowledged_by  varchar(64),
    acknowledged_at  timestamptz,
    last_notified_at timestamptz  not null,
    details          jsonb        not null default '{}',
    text             varchar(500) not null,
    constraint alerts_pk primary key (id),
    constraint alerts_state_ck check (state in ('firing', 'resolved')),
    constraint alerts_resolved_ck check ((state = 'resolved') = (resolved_at is not null))
);

create unique index alerts_firing_ux on alerts (rule, machine_id) where state = 'firing';
create index alerts_fired_at_ix on alerts (fired_at);

-- The outbox of the alerts' notifications: one row per alert, event and channel, written in the transaction
-- that fires, resolves or reminds, so that each is sent once whatever crashes. body is what is sent (the
-- webhook's JSON, signed as it is; the mail's text), made once; retried with backoff while pending.
create table alert_notifications (
    id         bigint       generated always as identity,
    alert_id   bigint       not null,
    channel    varchar(64)  not null,
    event      varchar(16)  not null,
    body       text         not null,
    status     varchar(16)  not null default 'pending',
    attempts   integer      not null default 0,
    next_at    timestamptz  not null default now(),
    created_at timestamptz  not null default now(),
    sent_at    timestamptz,
    error      varchar(500),
    constraint alert_notifications_pk primary key (id),
    constraint alert_notifications_alert_fk foreign key (alert_id) references alerts (id) on delete cascade,
    constraint alert_notifications_event_ck check (event in ('firing', 'resolved', 'reminder')),
    constraint alert_notifications_status_ck check (status in ('pending', 'sent', 'failed'))
);

create index alert_notifications_due_ix on alert_notifications (channel, next_at) where status = 'pending';
create index alert_notifications_alert_ix on alert_notifications (alert_id);
