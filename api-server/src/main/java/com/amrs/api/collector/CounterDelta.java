package com.amrs.api.collector;

import java.math.BigInteger;

/**
 * What a counter counted between two polls (DESIGN.md §12): the difference; across a wrap (the counter
 * stepped back from the top sixteenth of its range into the bottom sixteenth) the difference plus the
 * range; after a PLC restart (it stepped back otherwise, or the PLC's StartTime changed) the new value.
 */
final class CounterDelta {

    private static final BigInteger SIXTEENTH = BigInteger.valueOf(16);

    private CounterDelta() {}

    static BigInteger between(CounterValue before, CounterValue now, boolean plcRestarted) {
        if (plcRestarted || before.type() != now.type()) {
            return sinceRestart(now);
        }
        BigInteger difference = now.value().subtract(before.value());
        if (difference.signum() >= 0) {
            return difference;
        }
        return wrapped(before, now) ? difference.add(now.type().span()) : sinceRestart(now);
    }

    /** Whether the step back is a wrap rather than a restart. */
    static boolean wrapped(CounterValue before, CounterValue now) {
        CounterType type = now.type();
        if (!type.wraps()) {
            return false;
        }
        BigInteger margin = type.span().divide(SIXTEENTH);
        return before.value().compareTo(type.max().subtract(margin)) >= 0
                && now.value().compareTo(type.min().add(margin)) <= 0;
    }

    private static BigInteger sinceRestart(CounterValue now) {
        return now.value().max(BigInteger.ZERO);
    }
}
