package com.amrs.api.report;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.io.AbstractResource;

/**
 * A report's file as the response writes it: read from its bytea column in slices of {@value #SLICE} bytes,
 * so that at most a slice is in memory and no connection is held between slices, however slow the client. The
 * first slice comes with the file's name and size, before the response begins, so that a file of one slice (most
 * reports) is one query and a database that is away is a clean 503. Each {@link #getInputStream()} reads afresh,
 * which lets Spring MVC answer {@code Range} requests too. A report deleted while being sent ends the stream with
 * an error, and the client sees the body cut short.
 */
final class ByteaResource extends AbstractResource {

    static final int SLICE = 1024 * 1024;

    /** The {@code count} bytes of the file from {@code offset} (0-based); null when the report is gone. */
    @FunctionalInterface
    interface Slices {
        byte[] read(int offset, int count);
    }

    private final String fileName;
    private final long length;
    private final byte[] first;
    private final Slices slices;

    ByteaResource(String fileName, long length, byte[] first, Slices slices) {
        this.fileName = fileName;
        this.length = length;
        this.first = first == null ? new byte[0] : first;
        this.slices = slices;
    }

    @Override
    public InputStream getInputStream() {
        return new SliceStream();
    }

    @Override
    public long contentLength() {
        return length;
    }

    @Override
    public String getFilename() {
        return fileName;
    }

    @Override
    public String getDescription() {
        return "report file " + fileName;
    }

    private byte[] slice(long offset) throws IOException {
        int wanted = (int) Math.min(SLICE, length - offset);
        byte[] slice = slices.read(Math.toIntExact(offset), wanted);
        if (slice == null || slice.length != wanted) {
            throw new IOException(getDescription() + " changed or was deleted while being sent");
        }
        return slice;
    }

    /** The column's bytes from the start: the first slice, then each next one fetched when it is needed. */
    private final class SliceStream extends InputStream {

        private long position;
        private byte[] slice = first;
        private long sliceStart;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int count) throws IOException {
            if (position >= length) {
                return -1;
            }
            if (count == 0) {
                return 0;
            }
            if (position >= sliceStart + slice.length) {
                slice = slice(position);
                sliceStart = position;
            }
            int from = (int) (position - sliceStart);
            int n = Math.min(count, slice.length - from);
            System.arraycopy(slice, from, target, offset, n);
            position += n;
            return n;
        }

        /** Skips without reading: a {@code Range} request fetches only the slices it sends. */
        @Override
        public long skip(long count) {
            long skipped = Math.max(0, Math.min(count, length - position));
            position += skipped;
            return skipped;
        }

        @Override
        public int available() {
            long buffered = sliceStart + slice.length - position;
            return (int) Math.max(0, Math.min(buffered, Integer.MAX_VALUE));
        }
    }
}
