package com.amrs.store.oee;

import java.time.Instant;

/**
 * The instant OEE and the Pareto count up to: the last full ten seconds before now, so that two reads a
 * moment apart agree (a page and the API, the report and the API) while a stop that ended shows within
 * seconds.
 */
public final class AsOf {

    public static final int SECONDS = 10;

    private AsOf() {}

    public static Instant of(Instant now) {
        long seconds = now.getEpochSecond();
        return Instant.ofEpochSecond(seconds - Math.floorMod(seconds, SECONDS));
    }
}
