package com.amrs.api.alert;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An alert as {@code GET /api/alerts}, {@code /topic/alerts} and the notifications show it (DESIGN.md §17).
 *
 * @param when the rule's condition when it fired
 * @param startedAt when the condition began
 * @param firedAt when it had held for the rule's {@code for}
 * @param text what the notifications said when it fired
 */
public record AlertView(
        long id,
        String rule,
        String when,
        String machineId,
        String state,
        Instant startedAt,
        Instant firedAt,
        @Nullable Instant resolvedAt,
        @Nullable String acknowledgedBy,
        @Nullable Instant acknowledgedAt,
        String text,
        Map<String, Object> details) {

    public static final String FIRING = "firing";
    public static final String RESOLVED = "resolved";

    public boolean firing() {
        return FIRING.equals(state);
    }

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
