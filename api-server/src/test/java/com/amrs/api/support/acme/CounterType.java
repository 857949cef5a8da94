package com.amrs.api.support.acme;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.Function;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.ULong;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UNumber;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UShort;

/**
 * The OPC-UA DataType of a machine's GoodCount and BadCount, named as in the OPC-UA specification.
 * Integer counters wrap at the end of their range like a PLC counter (UInt16 65535 + 1 is 0,
 * Int16 32767 + 1 is -32768); Float and Double ones just add, with float or double arithmetic.
 */
public enum CounterType {
    UInt16(NodeIds.UInt16, 0, 65_535, value -> UShort.valueOf(value.intValueExact())),
    Int16(NodeIds.Int16, Short.MIN_VALUE, Short.MAX_VALUE, BigInteger::shortValueExact),
    UInt32(NodeIds.UInt32, 0, 4_294_967_295L, value -> UInteger.valueOf(value.longValueExact())),
    Int32(NodeIds.Int32, Integer.MIN_VALUE, Integer.MAX_VALUE, BigInteger::intValueExact),
    UInt64(NodeIds.UInt64, BigInteger.ZERO, BigInteger.TWO.pow(64).subtract(BigInteger.ONE), ULong::valueOf),
    Int64(NodeIds.Int64, Long.MIN_VALUE, Long.MAX_VALUE, BigInteger::longValueExact),
    Float(NodeIds.Float, null, null, BigInteger::floatValue),
    Double(NodeIds.Double, null, null, BigInteger::doubleValue);

    private final NodeId dataType;
    private final BigInteger min;
    private final BigInteger max;
    private final Function<BigInteger, Number> fromInteger;

    CounterType(NodeId dataType, long min, long max, Function<BigInteger, Number> fromInteger) {
        this(dataType, BigInteger.valueOf(min), BigInteger.valueOf(max), fromInteger);
    }

    CounterType(NodeId dataType, BigInteger min, BigInteger max, Function<BigInteger, Number> fromInteger) {
        this.dataType = dataType;
        this.min = min;
        this.max = max;
        this.fromInteger = fromInteger;
    }

    /** The DataType attribute of the counter variables, e.g. {@code i=5} for UInt16. */
    public NodeId dataType() {
        return dataType;
    }

    /** {@code true} for the integer types, which wrap; {@code false} for Float and Double. */
    public boolean wraps() {
        return max != null;
    }

    /** The largest value of an integer counter; for Float and Double there is none. */
    public BigInteger max() {
        if (!wraps()) {
            throw new UnsupportedOperationException(name() + " has no maximum");
        }
        return max;
    }

    /** The raw value as served, e.g. a {@code UShort} for UInt16, rejecting values out of range. */
    Number of(BigInteger value) {
        if (wraps() && (value.compareTo(min) < 0 || value.compareTo(max) > 0)) {
            throw new IllegalArgumentException("%s is out of the %s range [%s, %s]".formatted(value, name(), min, max));
        }
        return fromInteger.apply(value);
    }

    /** {@code value + amount} as the PLC computes it: wrapped at the range, or float/double added. */
    Number plus(Number value, long amount) {
        return switch (this) {
            case Float -> java.lang.Float.valueOf(value.floatValue() + amount);
            case Double -> java.lang.Double.valueOf(value.doubleValue() + amount);
            default -> of(wrap(toBigInteger(value).add(BigInteger.valueOf(amount))));
        };
    }

    /** The raw value as an integer, exact for every integer type, truncated for Float and Double. */
    BigInteger toBigInteger(Number value) {
        return switch (value) {
            case UNumber unsigned -> unsigned.toBigInteger();
            case java.lang.Float f -> new BigDecimal(f).toBigInteger();
            case java.lang.Double d -> new BigDecimal(d).toBigInteger();
            default -> BigInteger.valueOf(value.longValue());
        };
    }

    private BigInteger wrap(BigInteger value) {
        BigInteger size = max.subtract(min).add(BigInteger.ONE);
        return value.subtract(min).mod(size).add(min);
    }
}
