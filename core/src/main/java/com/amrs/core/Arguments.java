package com.amrs.core;

import java.math.BigInteger;

/** Guards for record constructors: each failure is an {@link IllegalArgumentException} naming the argument. */
public final class Arguments {

    private Arguments() {}

    public static <T> T requireNonNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    public static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    public static long requireNonNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
        return value;
    }

    public static BigInteger requireNonNegative(BigInteger value, String name) {
        if (value == null || value.signum() < 0) {
            throw new IllegalArgumentException(name + " must be an integer >= 0, was " + value);
        }
        return value;
    }

    public static double requireNonNegative(double value, String name) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, was " + value);
        }
        return value;
    }
}
