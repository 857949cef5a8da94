package com.amrs.core;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How minutes and percentages are shown everywhere (API, report, workbook): half-up to two decimals. */
public final class Decimals {

    private Decimals() {}

    /**
     * Rounded to 9 decimals first, so that a double sum like 22.689999999999998 gives 22.69, then half-up
     * to two decimals.
     */
    public static double round2(double value) {
        return BigDecimal.valueOf(value)
                .setScale(9, RoundingMode.HALF_UP)
                .setScale(2, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
