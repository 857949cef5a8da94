package com.amrs.api.production;

import java.util.List;

/**
 * What one write did.
 *
 * @param stored records inserted now
 * @param alreadyStored records found stored before (a spool replayed after a crash)
 * @param rejected records the database refused, kept in {@code rejected_records}
 */
public record StoreResult(int stored, int alreadyStored, List<RejectedRecord> rejected) {}
