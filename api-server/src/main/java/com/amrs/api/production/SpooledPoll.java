package com.amrs.api.production;

import java.util.List;

/** One poll's records, the counter baselines they were counted to and its stops, as the spool holds them. */
record SpooledPoll(List<RecordPayload> records, List<CounterBaselineRow> baselines, List<StopWrite> stops) {

    SpooledPoll {
        stops = stops == null ? List.of() : stops;
    }

    static SpooledPoll of(List<NewRecord> records, List<CounterBaselineRow> baselines, List<StopWrite> stops) {
        return new SpooledPoll(records.stream().map(RecordPayload::of).toList(), baselines, stops);
    }

    List<NewRecord> newRecords() {
        return records.stream().map(RecordPayload::toNewRecord).toList();
    }
}
