package com.amrs.api.downtime;

import com.amrs.core.downtime.StopReason;

/** One reason of the catalogue ({@code GET /api/downtime/reasons}): what a stop can be charged to. */
public record ReasonView(int code, String reason, String category) {

    static ReasonView of(StopReason reason) {
        return new ReasonView(reason.code(), reason.reason(), reason.category().code());
    }
}
