package com.amrs.api.production;

import java.util.List;

/** One poll's records and the counter baselines they were counted to, as the spool holds them. */
record SpooledPoll(List<RecordPayload> records, List<CounterBaselineRow> baselines) {

    static SpooledPoll of(List<NewRecord> records, List<CounterBaselineRow> baselines) {
        return new SpooledPoll(records.stream().map(RecordPayload::of).toList(), baselines);
    }

    List<NewRecord> newRecords() {
        return records.stream().map(RecordPayload::toNewRecord).toList();
    }
}
