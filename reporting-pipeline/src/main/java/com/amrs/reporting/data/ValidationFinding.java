package com.amrs.reporting.data;

import java.time.Instant;

/** One repaired field of the audit trail (DESIGN §5). */
public record ValidationFinding(
        Instant occurredAt, String machineId, String field, String oldValue, String newValue, String rule) {}
