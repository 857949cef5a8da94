-- Generated reports, written by the reporting-pipeline, read by GET /api/reports/latest.
-- mail_status: pending, sent, failed or skipped (no SMTP configured); mail_error says why it failed.
create sequence reports_seq start with 1 increment by 50;

create table reports (
    id           bigint       not null default nextval('reports_seq'),
    generated_at timestamptz  not null default now(),
    period_start date         not null,
    period_end   date         not null,
    file_name    varchar(255) not null,
    content      bytea        not null,
    mail_status  varchar(32)  not null default 'pending',
    mail_error   text,
    constraint reports_pk primary key (id),
    constraint reports_period_ck check (period_start <= period_end)
);

alter sequence reports_seq owned by reports.id;

create index reports_generated_at_ix on reports (generated_at desc, id desc);
