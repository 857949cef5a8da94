package com.amrs.api.alert;

import java.time.Instant;
import java.util.Map;

/**
 * A machine for which a rule's condition holds now.
 *
 * @param since when the condition began
 * @param summary what holds, after the machine's id: "is DOWN", "has made no unit"
 * @param details what the alert keeps of it for the API (a fault, a value and its threshold, a PLC's error)
 */
record Finding(String machineId, Instant since, String summary, Map<String, Object> details) {

    Finding {
        details = Map.copyOf(details);
    }
}
