package com.amrs.api.production;

/** A record the database refused, and its reason; kept in {@code rejected_records}. */
public record RejectedRecord(NewRecord record, String reason) {}
