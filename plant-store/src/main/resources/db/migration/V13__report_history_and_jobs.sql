-- DESIGN.md §16: report history, reports on demand, exactly one report and one mail per scheduled slot.
-- reports: what each report covers and is (kind, machines: null for every machine), its workbook, and its
-- mail, written once with the report so that every retry sends the same (mail_status pending until sent,
-- failed after 24 h of retries, skipped without SMTP or addresses). The reports of earlier versions count as
-- scheduled ones of every machine.
alter table reports
    add column kind          varchar(16),
    add column machines      text[],
    add column xlsx          bytea,
    add column mail_to       text[],
    add column mail_subject  text,
    add column mail_text     text,
    add column mail_html     text,
    add column mail_attempts integer     not null default 0,
    add column mail_next_at  timestamptz,
    -- since when the mail is tried (sent again on demand: from then on); null: since the report was made
    add column mail_queued_at timestamptz,
    add column mailed_at     timestamptz;

update reports set kind = 'scheduled';

alter table reports
    alter column kind set not null,
    add constraint reports_kind_ck check (kind in ('scheduled', 'startup', 'on-demand'));

create index reports_mail_due_ix on reports (mail_next_at) where mail_status = 'pending';

-- report_jobs: the queue every reporting instance takes from with "for update skip locked". A scheduled
-- report is the job of its cron slot (unique), so that any number of instances make it once; a running job
-- whose instance died is taken again when its lease ran out.
create table report_jobs (
    id           bigserial    primary key,
    kind         varchar(16)  not null,
    slot         timestamptz,
    period_start date         not null,
    period_end   date         not null,
    machines     text[],
    mail_to      text[],
    requested_by varchar(64)  not null,
    state        varchar(16)  not null default 'queued',
    created_at   timestamptz  not null default now(),
    started_at   timestamptz,
    finished_at  timestamptz,
    lease_until  timestamptz,
    attempts     integer      not null default 0,
    worker       varchar(128),
    report_id    bigint       references reports (id) on delete set null,
    error        text,
    constraint report_jobs_kind_ck check (kind in ('scheduled', 'startup', 'on-demand')),
    constraint report_jobs_state_ck check (state in ('queued', 'running', 'done', 'failed')),
    constraint report_jobs_period_ck check (period_start <= period_end),
    constraint report_jobs_slot_ck check ((kind = 'scheduled') = (slot is not null))
);

create unique index report_jobs_slot_ux on report_jobs (slot) where slot is not null;
create index report_jobs_open_ix on report_jobs (id) where state in ('queued', 'running');
