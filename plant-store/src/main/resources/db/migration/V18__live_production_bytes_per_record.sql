-- DESIGN.md §18, bytes per raw record (bench/README.md): the primary key (id, production_date) was an index of
-- its own, about 31 bytes of every record, that only GET /api/production/{id} used. A record is known by its
-- natural key, the unique index live_production_natural_key_ux that the writer's "on conflict do nothing" and
-- the readers already use; id stays a column from the one sequence, found through a BRIN index of a few
-- kilobytes: ids grow with the order rows are written in, so each block range holds a narrow band of them.
alter table live_production drop constraint live_production_pk;

create index live_production_id_ix on live_production using brin (id) with (autosummarize = on);
