package com.amrs.api.plc;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One poll of one PLC: every machine's values, read at one instant.
 *
 * @param serverStartTime the PLC's {@code ServerStatus/StartTime}: when it changes, the PLC restarted
 */
public record PlcPoll(
        String plc, Instant timestamp, @Nullable Instant serverStartTime, List<MachinePoll> machines) {}
