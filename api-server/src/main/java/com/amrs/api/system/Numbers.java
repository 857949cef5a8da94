package com.amrs.api.system;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the API shows decimal numbers: half-up to two decimals, like core's KPIs. */
public final class Numbers {

    private Numbers() {}

    /** Rounded to 9 decimals first, so that a double sum like 22.689999999999998 gives 22.69. */
    public static double round2(double value) {
        return BigDecimal.valueOf(value)
                .setScale(9, RoundingMode.HALF_UP)
                .setScale(2, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
