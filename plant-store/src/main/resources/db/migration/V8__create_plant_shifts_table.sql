-- The plant's shift calendar in the database, so that a row inserted with psql without recorded_at is
-- stamped like a POST /api/production record: at the start of its shift, not at now().
--   plant_shifts  one row per shift of amrs.plant.shifts: its plant-local start, its end (the next shift's
--                 start, on the next day for the last shift of a day) and the plant's time zone
--                 (amrs.plant.timezone, the same in every row). The api-server rewrites the table at
--                 start-up from its configuration, in one transaction (com.amrs.api.system.PlantShiftsTable).
create table plant_shifts (
    name      varchar(32) not null,
    starts_at time        not null,
    ends_at   time        not null,
    time_zone text        not null,
    constraint plant_shifts_pk primary key (name)
);

-- A plant-local date and time as an instant, the way java.time's ZonedDateTime.of (and so core's
-- ShiftCalendar) reads it: in a DST gap the gap's length later, in an overlap the earlier offset.
-- PostgreSQL alone gives the later offset in an overlap; an earlier instant one hour before that reads as
-- the same local time exactly when the local time is in a one-hour overlap.
create function plant_instant(local timestamp, zone text) returns timestamptz
    language sql stable parallel safe as
$$
select case
           when (local at time zone zone - interval '1 hour') at time zone zone = local
               then local at time zone zone - interval '1 hour'
           else local at time zone zone
           end
$$;

-- recorded_at (and interval_sec) of a row inserted without them, before the row is checked and stored:
--   recorded_at   the start of the row's shift on its production date in plant time (a night shift that
--                 starts at 22:00 belongs to the date it began on); several such rows of one machine, date,
--                 shift and source get the start, +1 µs, +2 µs … so that a multi-row insert does not collide
--                 on live_production_natural_key_ux. A shift plant_shifts does not know: midnight of the
--                 production date in plant time (the session's time zone while plant_shifts is empty).
--   interval_sec  the shift's length for the first such row, 0 for the rows after it: together they cover
--                 the shift once, like one POST /api/production record. 0 for a row that gives recorded_at
--                 itself or whose shift is unknown (the time it covers is not known).
-- A transaction-level advisory lock per machine, date, shift and source makes concurrent sessions take
-- turns. The collector and POST always give both columns: the trigger's WHEN keeps them free of cost.
create function live_production_stamp() returns trigger
    language plpgsql as
$$
declare
    shift_start  timestamptz;
    shift_end    timestamptz;
    latest       timestamptz;
    stamped      boolean := new.recorded_at is null;
begin
    select plant_instant(new.production_date + s.starts_at, s.time_zone),
           plant_instant(new.production_date + s.ends_at
                             + case when s.ends_at <= s.starts_at then interval '1 day' else interval '0' end,
                         s.time_zone)
    into shift_start, shift_end
    from plant_shifts s
    where s.name = new.shift;
    if shift_start is null then
        shift_start := plant_instant(new.production_date::timestamp,
                                     coalesce((select time_zone from plant_shifts limit 1),
                                              current_setting('TimeZone')));
    end if;
    if stamped then
        perform pg_advisory_xact_lock('live_production'::regclass::oid::int,
                                      hashtext(concat_ws('|', new.machine_id, new.production_date, new.shift,
                                                         new.source)));
        select max(recorded_at)
        into latest
        from live_production
        where production_date = new.production_date
          and machine_id = new.machine_id
          and shift = new.shift
          and source = new.source
          and recorded_at >= shift_start
          and recorded_at < shift_start + interval '1 second';
        new.recorded_at := coalesce(latest + interval '1 microsecond', shift_start);
    end if;
    if new.interval_sec is null then
        new.interval_sec := case
                                when stamped and new.recorded_at = shift_start and shift_end is not null
                                    then extract(epoch from shift_end - shift_start)
                                else 0
                                end;
    end if;
    return new;
end
$$;

alter table live_production alter column recorded_at drop default;
alter table live_production alter column interval_sec drop default;

create trigger live_production_stamp
    before insert on live_production
    for each row
    when (new.recorded_at is null or new.interval_sec is null)
execute function live_production_stamp();

-- An update is a subtraction of the old rows from the rollups, then an addition of the new ones.
-- PostgreSQL fires triggers of one event in the order of their names, which put "update_new" before
-- "update_old": adding first made an update of a row above half a bigint overflow the totals that the
-- update leaves in range. Renamed so that the subtraction comes first.
alter trigger live_production_totals_update_old on live_production
    rename to live_production_totals_update_1_old;
alter trigger live_production_totals_update_new on live_production
    rename to live_production_totals_update_2_new;
alter trigger live_production_quarter_hours_update_old on live_production
    rename to live_production_quarter_hours_update_1_old;
alter trigger live_production_quarter_hours_update_new on live_production
    rename to live_production_quarter_hours_update_2_new;
