-- No sum of live_production's doubles can overflow or turn into NaN (DESIGN.md §13): V1's checks (>= 0) let
-- 'Infinity' and 'NaN' through (NaN sorts above every number in PostgreSQL). A bound refuses both, far above
-- any real value: a row beyond it is refused (the collector keeps it in rejected_records, psql gets the error).
-- not valid: the rows stored before are not checked, so that the migration never fails on old data.
alter table live_production
    add constraint live_production_doubles_bounded_ck check (
        downtime_min < 1e9 and interval_sec < 1e10 and ideal_cycle_sec < 1e9) not valid;
