-- DESIGN.md §16, §19: a report asked for at a central site covers one of its plants; null: the site's own data.
alter table report_jobs add column plant_id varchar(64);
alter table reports add column plant_id varchar(64);
