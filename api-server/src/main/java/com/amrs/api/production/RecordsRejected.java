package com.amrs.api.production;

import java.util.List;

/** Published after a write in which the database refused records; they are in {@code rejected_records}. */
public record RecordsRejected(List<RejectedRecord> rejected) {}
