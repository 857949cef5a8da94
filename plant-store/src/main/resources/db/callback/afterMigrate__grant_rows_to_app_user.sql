-- Least-privilege roles (README, "Security"): with DB_MIGRATION_USER set, the api-server's Flyway migrates as
-- that role, which owns the schema, and runs this callback after every migrate. The services' DB_USER
-- (${appUser}) may then read and write the rows of every table and use the sequences, but neither create,
-- alter nor drop anything, nor rewrite Flyway's history. A callback, not a V-numbered migration: it runs again
-- after each migrate, so the tables of later migrations get the same grants. Without DB_MIGRATION_USER it is
-- not on Flyway's locations, and DB_USER owns everything as before.
grant usage on schema ${flyway:defaultSchema} to "${appUser}";
grant select, insert, update, delete on all tables in schema ${flyway:defaultSchema} to "${appUser}";
grant usage, select, update on all sequences in schema ${flyway:defaultSchema} to "${appUser}";
revoke insert, update, delete, truncate on ${flyway:defaultSchema}.${flyway:table} from "${appUser}";
