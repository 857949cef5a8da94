-- DESIGN.md §15: users (password hashes only), API tokens (hashes only) and the audit of every write.
create table users (
    id            bigserial primary key,
    username      varchar(64)  not null unique,
    password_hash varchar(200) not null,
    role          varchar(16)  not null check (role in ('viewer', 'operator', 'admin')),
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now()
);

create table api_tokens (
    id           bigserial primary key,
    name         varchar(64) not null,
    token_hash   char(64)    not null unique,
    role         varchar(16) not null check (role in ('viewer', 'operator', 'admin')),
    expires_at   timestamptz,
    last_used_at timestamptz,
    created_by   varchar(64) not null,
    created_at   timestamptz not null default now()
);

create table audit_events (
    id       bigserial primary key,
    at       timestamptz not null default now(),
    username varchar(64) not null,
    action   varchar(64) not null,
    target   text        not null,
    details  jsonb
);

create index audit_events_at_ix on audit_events (at);
