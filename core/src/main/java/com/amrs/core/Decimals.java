package com.amrs.core;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one rounding rule of every figure shown (API, report, workbook, alerts): half-up, to two decimals unless a
 * figure says otherwise. A double is first taken as the decimal it stands for (rounded to 9 decimals), so that a
 * double sum like 22.689999999999998 gives 22.69.
 */
public final class Decimals {

    private static final int SETTLED_SCALE = 9;
    private static final RoundingMode MODE = RoundingMode.HALF_UP;

    private Decimals() {}

    public static double round2(double value) {
        return round(value, 2);
    }

    public static double round(double value, int decimals) {
        return round(settled(value), decimals);
    }

    /** An exact decimal half-up to two decimals, without the 9-decimal step: nothing to forgive there. */
    public static double round2(BigDecimal value) {
        return round(value, 2);
    }

    /** The exact quotient half-up to two decimals, e.g. a yield: (units − defects) × 100 / units. */
    public static BigDecimal divide2(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, 2, MODE);
    }

    /** A double sum as the decimal it stands for: 2.9299999999999997 gives 2.930000000. */
    public static BigDecimal settled(double value) {
        return BigDecimal.valueOf(value).setScale(SETTLED_SCALE, MODE);
    }

    private static double round(BigDecimal value, int decimals) {
        return value.setScale(decimals, MODE).doubleValue();
    }
}
