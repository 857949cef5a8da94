package com.amrs.api.collector;

import java.math.BigInteger;

/** The OPC-UA DataTypes a counter may have, with the range an integer counter wraps within. */
enum CounterType {
    SBYTE(8, true),
    BYTE(8, false),
    INT16(16, true),
    UINT16(16, false),
    INT32(32, true),
    UINT32(32, false),
    INT64(64, true),
    UINT64(64, false),
    FLOAT(0, true),
    DOUBLE(0, true);

    private final BigInteger min;
    private final BigInteger max;

    CounterType(int bits, boolean signed) {
        if (bits == 0) {
            min = null;
            max = null;
        } else {
            BigInteger span = BigInteger.ONE.shiftLeft(bits);
            min = signed ? span.shiftRight(1).negate() : BigInteger.ZERO;
            max = min.add(span).subtract(BigInteger.ONE);
        }
    }

    boolean wraps() {
        return max != null;
    }

    BigInteger min() {
        return min;
    }

    BigInteger max() {
        return max;
    }

    /** max − min + 1: how far a wrap carries the counter. */
    BigInteger span() {
        return max.subtract(min).add(BigInteger.ONE);
    }
}
