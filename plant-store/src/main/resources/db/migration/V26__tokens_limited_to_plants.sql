-- DESIGN.md §15, §19: an API token may be limited to some plants, as a user may; null: every plant.
alter table api_tokens add column plants varchar(64)[];
