package com.amrs.store.production;

/**
 * The time a record of {@code live_production l} covers, as SQL: a collector record covers the poll
 * interval up to its {@code recorded_at}; a manual one ({@code source = 'api'}) is stamped with its
 * shift's start and covers the shift from there.
 */
public final class RecordSpans {

    public static final String START = "case when l.source = 'api' then l.recorded_at"
            + " else l.recorded_at - l.interval_sec * interval '1 second' end";
    public static final String END = "case when l.source = 'api' then l.recorded_at"
            + " + l.interval_sec * interval '1 second' else l.recorded_at end";

    private RecordSpans() {}
}
