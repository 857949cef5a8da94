package com.amrs.reporting.report;

import java.util.Locale;

/** Why a report was made (DESIGN.md §16): its cron slot, the instance's start, or someone's request. */
public enum ReportKind {
    SCHEDULED,
    STARTUP,
    ON_DEMAND;

    /** As stored and shown: {@code scheduled}, {@code startup}, {@code on-demand}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static ReportKind of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
