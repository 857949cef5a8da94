-- DESIGN.md §19: the plants a central site holds, since its consumer first wrote something of each; what ?plant= may
-- name and the plant selector lists. An edge's or a plant's own database leaves it empty: it holds one plant.
create table plants (
    plant_id   varchar(64) not null,
    first_seen timestamptz not null default now(),
    constraint plants_pk primary key (plant_id)
);

insert into plants (plant_id)
select distinct plant_id from production_shift_totals where plant_id <> 'default';
