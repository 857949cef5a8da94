package com.amrs.api.plc;

import java.time.Instant;

/**
 * A new value of a machine's state or fault node, as a subscription delivered it.
 *
 * @param signal {@link Signal#STATE} or {@link Signal#FAULT_CODE}
 * @param at when the api-server received it (its own clock, as the polls' instants)
 */
public record StateChange(String machineId, Signal signal, Object value, Instant at) {}
