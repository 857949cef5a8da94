package com.amrs.launcher.process;

import java.time.Duration;

/** The wait before the next start after a crash: 1 s, then twice as long each time, 60 s at most. */
public final class Backoff {

    static final Duration FIRST = Duration.ofSeconds(1);
    static final Duration MAX = Duration.ofSeconds(60);

    private Duration next = FIRST;

    /** The wait to use now; the one after it is twice as long. */
    public Duration take() {
        Duration wait = next;
        next = next.multipliedBy(2).compareTo(MAX) > 0 ? MAX : next.multipliedBy(2);
        return wait;
    }

    public void reset() {
        next = FIRST;
    }

    /** How long a service must have been ready before its next crash counts as the first again. */
    static Duration settled() {
        return MAX;
    }
}
