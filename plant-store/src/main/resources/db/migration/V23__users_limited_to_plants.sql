-- DESIGN.md §15, §19: a user may be limited to some plants of a central site; null: every plant.
alter table users add column plants varchar(64)[];
