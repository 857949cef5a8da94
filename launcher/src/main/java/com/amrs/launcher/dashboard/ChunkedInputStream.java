package com.amrs.launcher.dashboard;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProtocolException;
import java.util.HexFormat;

/** The data of a chunked body (RFC 9112 §7.1), its extensions and trailers dropped. */
final class ChunkedInputStream extends InputStream {

    private static final int LINE_LIMIT = 4096;

    private final InputStream in;
    private long left;
    private boolean done;

    ChunkedInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (left == 0 && !done) {
            nextChunk();
        }
        if (done) {
            return -1;
        }
        int read = in.read(buffer, offset, (int) Math.min(length, left));
        if (read < 0) {
            throw new EOFException("The stream ended inside a chunk");
        }
        left -= read;
        if (left == 0 && !line().isEmpty()) {
            throw new ProtocolException("No CRLF after a chunk");
        }
        return read;
    }

    private void nextChunk() throws IOException {
        String size = line().split(";", 2)[0].strip();
        if (size.isEmpty() || size.length() > 15 || !size.chars().allMatch(HexFormat::isHexDigit)) {
            throw new ProtocolException("Invalid chunk size");
        }
        left = HexFormat.fromHexDigitsToLong(size);
        if (left == 0) {
            skipTrailers();
            done = true;
        }
    }

    /** The trailer fields, read and dropped as nginx does. */
    private void skipTrailers() throws IOException {
        for (int fields = 0; !line().isEmpty(); fields++) {
            if (fields == 100) {
                throw new ProtocolException("Too many trailer fields");
            }
        }
    }

    private String line() throws IOException {
        var line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("The stream ended inside a chunked body");
            }
            if (line.length() == LINE_LIMIT) {
                throw new ProtocolException("Chunk line too long");
            }
            line.append((char) b);
        }
        return line.toString().strip();
    }
}
