package com.amrs.api.system;

/** What waits to be stored and what the database refused, for {@code /api/health} (DESIGN.md §13). */
public interface StorageHealth {

    Storage storage();

    /**
     * @param spooledRecords records waiting on disk (or, should the disk fail, in memory) for the database
     * @param rejectedRecords rows of {@code rejected_records}; null while the database is away
     */
    record Storage(long spooledRecords, long spoolBytes, Long rejectedRecords) {}
}
