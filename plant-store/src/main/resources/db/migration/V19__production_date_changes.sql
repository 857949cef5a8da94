-- When a production date at least two days old last changed: its rollup rows (a late or replayed record, a deleted
-- one) or its stops (a reason or category set, a stop closed). The readers keep what they worked out for such
-- closed dates (a machine's sums, stop times and coverage of a day) and take it again while no date up to the day
-- after has changed, so that a year's KPIs plan only the days that may still change. Rows of the last two days are
-- not tracked: the readers never keep those. A truncate changes the row of date 'infinity', which voids everything.
create sequence production_date_changes_seq;

create table production_date_changes (
    production_date date   not null,
    changed         bigint not null,
    constraint production_date_changes_pk primary key (production_date)
);

create function production_date_changed() returns trigger
    language plpgsql
as
$$
begin
    if tg_op = 'TRUNCATE' then
        insert into production_date_changes values ('infinity', nextval('production_date_changes_seq'))
        on conflict (production_date) do update set changed = excluded.changed;
        return null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') and old.production_date <= current_date - 2 then
        insert into production_date_changes values (old.production_date, nextval('production_date_changes_seq'))
        on conflict (production_date) do update set changed = excluded.changed;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.production_date <= current_date - 2
       and (tg_op = 'INSERT' or new.production_date <> old.production_date) then
        insert into production_date_changes values (new.production_date, nextval('production_date_changes_seq'))
        on conflict (production_date) do update set changed = excluded.changed;
    end if;
    return null;
end
$$;

-- The conditions keep today's writes from calling the function at all.
create trigger production_shift_totals_inserted after insert on production_shift_totals
    for each row when (new.production_date <= current_date - 2) execute function production_date_changed();
create trigger production_shift_totals_updated after update on production_shift_totals
    for each row when (old.production_date <= current_date - 2 or new.production_date <= current_date - 2)
    execute function production_date_changed();
create trigger production_shift_totals_deleted after delete on production_shift_totals
    for each row when (old.production_date <= current_date - 2) execute function production_date_changed();
create trigger production_shift_totals_truncated after truncate on production_shift_totals
    for each statement execute function production_date_changed();

create trigger machine_stops_inserted after insert on machine_stops
    for each row when (new.production_date <= current_date - 2) execute function production_date_changed();
create trigger machine_stops_updated after update on machine_stops
    for each row when (old.production_date <= current_date - 2 or new.production_date <= current_date - 2)
    execute function production_date_changed();
create trigger machine_stops_deleted after delete on machine_stops
    for each row when (old.production_date <= current_date - 2) execute function production_date_changed();
create trigger machine_stops_truncated after truncate on machine_stops
    for each statement execute function production_date_changed();
