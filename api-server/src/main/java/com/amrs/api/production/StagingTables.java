package com.amrs.api.production;

/**
 * The session's temporary table that the collector's writes COPY the counter baselines into before one upsert
 * moves them on (DESIGN.md §18). Made by the first write of a session, emptied by every commit or rollback;
 * made within each write transaction, so a transaction that rolls back and takes it with it leaves nothing
 * for the next to miss. Columns of type text, so that a value too long for its table is refused by the
 * upsert, as it would be by an insert.
 */
final class StagingTables {

    static final String CREATE = """
            create temp table if not exists staged_baselines (
                plc text, machine_id text, counted text, total_count numeric, total_type text, reject_count numeric,
                reject_type text, downtime_seconds float8, state text, server_start_time timestamptz,
                read_at timestamptz
            ) on commit delete rows
            """;

    private StagingTables() {}
}
