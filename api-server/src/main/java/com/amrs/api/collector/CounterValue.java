package com.amrs.api.collector;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Optional;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UByte;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.ULong;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UShort;

/**
 * A counter as the PLC sent it, exact (a UInt64 above {@code Long.MAX_VALUE} included); a Float or
 * Double counter counts its whole units.
 */
record CounterValue(BigInteger value, CounterType type) {

    /** The counter a node's value is; empty for a value that is no number, NaN or infinite. */
    static Optional<CounterValue> of(Object value) {
        CounterValue counter = switch (value) {
            case Byte b -> new CounterValue(BigInteger.valueOf(b), CounterType.SBYTE);
            case UByte b -> new CounterValue(b.toBigInteger(), CounterType.BYTE);
            case Short s -> new CounterValue(BigInteger.valueOf(s), CounterType.INT16);
            case UShort s -> new CounterValue(s.toBigInteger(), CounterType.UINT16);
            case Integer i -> new CounterValue(BigInteger.valueOf(i), CounterType.INT32);
            case UInteger i -> new CounterValue(i.toBigInteger(), CounterType.UINT32);
            case Long l -> new CounterValue(BigInteger.valueOf(l), CounterType.INT64);
            case ULong l -> new CounterValue(l.toBigInteger(), CounterType.UINT64);
            case Float f -> whole(f.doubleValue(), CounterType.FLOAT);
            case Double d -> whole(d, CounterType.DOUBLE);
            case null, default -> null;
        };
        return Optional.ofNullable(counter);
    }

    private static CounterValue whole(double value, CounterType type) {
        if (!Double.isFinite(value)) {
            return null;
        }
        return new CounterValue(
                new BigDecimal(value).setScale(0, RoundingMode.FLOOR).toBigIntegerExact(), type);
    }
}
