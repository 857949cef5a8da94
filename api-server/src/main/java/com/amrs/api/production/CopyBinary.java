package com.amrs.api.production;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows in COPY's binary format, sent with pgjdbc's CopyManager: PostgreSQL stores the values as they come,
 * without parsing text into numbers, dates and instants. Each row starts with {@link #row(int)}, then its
 * fields in the order of the table's (or the COPY's) columns, each of the column's type.
 */
final class CopyBinary {

    private static final byte[] HEADER = {
        'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0
    };
    /** PostgreSQL counts days and instants from 2000-01-01 UTC. */
    private static final long EPOCH_DAYS = LocalDate.of(2000, 1, 1).toEpochDay();

    private static final long EPOCH_MICROS = EPOCH_DAYS * 86_400_000_000L;

    private byte[] bytes;
    private int size;

    CopyBinary(int rows) {
        bytes = new byte[HEADER.length + 2 + rows * 160];
        System.arraycopy(HEADER, 0, bytes, 0, HEADER.length);
        size = HEADER.length;
    }

    CopyBinary row(int fields) {
        int16(fields);
        return this;
    }

    CopyBinary text(String value) {
        if (value == null) {
            return nullField();
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        int32(utf8.length);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
        return this;
    }

    CopyBinary date(LocalDate value) {
        int32(4);
        int32(Math.toIntExact(value.toEpochDay() - EPOCH_DAYS));
        return this;
    }

    CopyBinary int8(long value) {
        int32(8);
        int64(value);
        return this;
    }

    CopyBinary float8(double value) {
        int32(8);
        int64(Double.doubleToRawLongBits(value));
        return this;
    }

    CopyBinary float8(Double value) {
        return value == null ? nullField() : float8(value.doubleValue());
    }

    /** A timestamptz at microseconds, the fraction below cut off as the database would store it. */
    CopyBinary timestamptz(Instant value) {
        if (value == null) {
            return nullField();
        }
        int32(8);
        int64(Math.addExact(Math.multiplyExact(value.getEpochSecond(), 1_000_000L), value.getNano() / 1_000)
                - EPOCH_MICROS);
        return this;
    }

    /** A whole number as a numeric: base-10,000 digits, most significant first. */
    CopyBinary numeric(BigInteger value) {
        if (value == null) {
            return nullField();
        }
        String decimal = value.abs().toString();
        int digits = value.signum() == 0 ? 0 : (decimal.length() + 3) / 4;
        int32(8 + 2 * digits);
        int16(digits);
        int16(Math.max(digits - 1, 0));
        int16(value.signum() < 0 ? 0x4000 : 0);
        int16(0);
        int end = decimal.length() - 4 * (digits - 1);
        for (int i = 0; i < digits; i++) {
            int16(Integer.parseInt(decimal, Math.max(end - 4, 0), end, 10));
            end += 4;
        }
        return this;
    }

    /** Sends the rows with {@code copySql} ({@code copy … from stdin (format binary)}); returns the rows copied. */
    long copy(Connection connection, String copySql) throws SQLException {
        int16(-1);
        CopyIn copyIn = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
        try {
            copyIn.writeToCopy(bytes, 0, size);
            return copyIn.endCopy();
        } finally {
            if (copyIn.isActive()) {
                copyIn.cancelCopy();
            }
        }
    }

    private CopyBinary nullField() {
        int32(-1);
        return this;
    }

    private void int16(int value) {
        ensure(2);
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
    }

    private void int32(int value) {
        ensure(4);
        for (int shift = 24; shift >= 0; shift -= 8) {
            bytes[size++] = (byte) (value >>> shift);
        }
    }

    private void int64(long value) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            bytes[size++] = (byte) (value >>> shift);
        }
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
