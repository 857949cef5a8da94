package com.amrs.core.completeness;

/** Why the records leave a gap (DESIGN.md §13), as the API and the report name it. */
public enum GapReason {
    /** The gap runs until now and the machine's PLC does not answer. */
    PLC_UNREACHABLE("plc_unreachable"),
    /** The database refused records of the machine inside the gap (table {@code rejected_records}). */
    REJECTED("rejected"),
    /** Anything else: the collector did not run, the PLC was away before it answered again, … */
    NOT_COLLECTED("not_collected");

    private final String code;

    GapReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** A live outage says most about now; refused records say more than nothing. */
    public static GapReason of(boolean reachesNowWhilePlcUnreachable, boolean containsRejectedRecords) {
        if (reachesNowWhilePlcUnreachable) {
            return PLC_UNREACHABLE;
        }
        return containsRejectedRecords ? REJECTED : NOT_COLLECTED;
    }
}
