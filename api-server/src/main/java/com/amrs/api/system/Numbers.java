package com.amrs.api.system;

import com.amrs.core.Decimals;

/** How the API shows decimal numbers: half-up to two decimals, the one rule of core's {@link Decimals}. */
public final class Numbers {

    private Numbers() {}

    /** Rounded to 9 decimals first, so that a double sum like 22.689999999999998 gives 22.69. */
    public static double round2(double value) {
        return Decimals.round2(value);
    }
}
