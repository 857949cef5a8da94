package com.amrs.api.production;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The polls the database could not take, on disk (DESIGN.md §13): appended and fsynced one poll at a
 * time, read back oldest first, deleted once stored. Segment files {@code <n>.spool} hold up to an eighth
 * of the bound each; an entry is its payload's length, its record count, its CRC-32 and the JSON payload.
 * Beyond the bound the oldest segments are dropped. An entry torn by a crash while it was written is cut
 * off when the spool is opened: it was never fsynced, so the baselines stored with the records before it
 * still count its production.
 */
final class ProductionSpool implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProductionSpool.class);
    private static final int HEADER = 12;
    private static final String SUFFIX = ".spool";

    private final Path dir;
    private final long maxBytes;
    private final long segmentBytes;
    private final JsonMapper json;
    private final Deque<Segment> segments = new ArrayDeque<>();
    private FileChannel tail;
    private long headOffset;
    private long bytes;
    private long records;
    private long nextId;

    private static final class Segment {
        final long id;
        final Path path;
        long bytes;
        long records;

        Segment(long id, Path path) {
            this.id = id;
            this.path = path;
        }
    }

    /** A spooled poll, and where it ends in its segment. */
    record Entry(SpooledPoll poll, long segment, long end, int records) {}

    ProductionSpool(Path dir, long maxBytes, JsonMapper json) throws IOException {
        this.dir = dir;
        this.maxBytes = maxBytes;
        this.segmentBytes = Math.max(4096, maxBytes / 8);
        this.json = json;
        Files.createDirectories(dir);
        for (Path path : existingSegments()) {
            Segment segment = new Segment(idOf(path), path);
            scan(segment);
            if (segment.bytes == 0) {
                Files.delete(path);
                continue;
            }
            segments.addLast(segment);
            bytes += segment.bytes;
            records += segment.records;
            nextId = segment.id + 1;
        }
        if (records > 0) {
            log.info("Spool {} holds {} records from before the start; writing them first", dir, records);
        }
    }

    /**
     * Appends one poll and fsyncs it.
     *
     * @return the records dropped, oldest first, to stay within the bound
     */
    synchronized long append(SpooledPoll poll) throws IOException {
        byte[] payload = json.writeValueAsBytes(poll);
        int count = poll.records().size();
        long dropped = makeRoom(HEADER + payload.length);
        if (tail == null) {
            openTail();
        }
        Segment segment = segments.getLast();
        CRC32 crc = new CRC32();
        crc.update(payload);
        ByteBuffer entry = ByteBuffer.allocate(HEADER + payload.length)
                .putInt(payload.length)
                .putInt(count)
                .putInt((int) crc.getValue())
                .put(payload)
                .flip();
        try {
            while (entry.hasRemaining()) {
                tail.write(entry, segment.bytes + entry.position());
            }
            tail.force(false);
        } catch (IOException e) {
            tail.truncate(segment.bytes);
            throw e;
        }
        segment.bytes += entry.limit();
        segment.records += count;
        bytes += entry.limit();
        records += count;
        if (segment.bytes >= segmentBytes) {
            closeTail();
        }
        return dropped;
    }

    /** The oldest spooled polls, about {@code maxRecords} records (at least one poll), all of one segment. */
    synchronized List<Entry> read(int maxRecords) throws IOException {
        Segment head = segments.peekFirst();
        List<Entry> entries = new ArrayList<>();
        if (head == null) {
            return entries;
        }
        try (FileChannel channel = FileChannel.open(head.path, StandardOpenOption.READ)) {
            long position = headOffset;
            int taken = 0;
            while (position < head.bytes && (entries.isEmpty() || taken < maxRecords)) {
                ByteBuffer header = readFully(channel, position, HEADER);
                byte[] payload =
                        readFully(channel, position + HEADER, header.getInt(0)).array();
                int count = header.getInt(4);
                position += HEADER + payload.length;
                entries.add(new Entry(json.readValue(payload, SpooledPoll.class), head.id, position, count));
                taken += count;
            }
        }
        return entries;
    }

    /** The entries read were stored: forgets them, and deletes a segment stored to its end. */
    synchronized void stored(List<Entry> entries) throws IOException {
        Segment head = segments.peekFirst();
        if (entries.isEmpty() || head == null || head.id != entries.getFirst().segment()) {
            return;
        }
        long count = entries.stream().mapToLong(Entry::records).sum();
        records -= count;
        head.records -= count;
        headOffset = entries.getLast().end();
        if (headOffset >= head.bytes) {
            if (segments.size() == 1 && tail != null) {
                closeTail();
            }
            deleteHead();
        }
    }

    synchronized long records() {
        return records;
    }

    synchronized long bytes() {
        return bytes - headOffset;
    }

    @Override
    public synchronized void close() throws IOException {
        closeTail();
    }

    private long makeRoom(long needed) throws IOException {
        long dropped = 0;
        while (bytes - headOffset + needed > maxBytes && !segments.isEmpty()) {
            Segment head = segments.getFirst();
            if (segments.size() == 1 && tail != null) {
                closeTail();
            }
            dropped += head.records;
            records -= head.records;
            deleteHead();
        }
        if (dropped > 0) {
            log.error(
                    "Spool {} is full ({} bytes, amrs.collector.spool-max-bytes) while the database is away:"
                            + " dropped the {} oldest records",
                    dir,
                    maxBytes,
                    dropped);
        }
        return dropped;
    }

    private void deleteHead() throws IOException {
        Segment head = segments.removeFirst();
        bytes -= head.bytes;
        headOffset = 0;
        Files.deleteIfExists(head.path);
    }

    private void openTail() throws IOException {
        long id = nextId++;
        Segment segment = new Segment(id, dir.resolve("%020d%s".formatted(id, SUFFIX)));
        tail = FileChannel.open(segment.path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException e) {
            log.debug("Cannot fsync the directory {}: {}", dir, e.toString());
        }
        segments.addLast(segment);
    }

    private void closeTail() throws IOException {
        if (tail != null) {
            tail.close();
            tail = null;
        }
    }

    /** Counts a segment's entries and cuts off a torn or corrupt end. */
    private void scan(Segment segment) throws IOException {
        try (FileChannel channel = FileChannel.open(segment.path, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = channel.size();
            long position = 0;
            while (position + HEADER <= size) {
                ByteBuffer header = readFully(channel, position, HEADER);
                int length = header.getInt(0);
                if (length < 0 || position + HEADER + length > size) {
                    break;
                }
                CRC32 crc = new CRC32();
                crc.update(readFully(channel, position + HEADER, length));
                if ((int) crc.getValue() != header.getInt(8)) {
                    break;
                }
                segment.records += header.getInt(4);
                position += HEADER + length;
            }
            if (position < size) {
                log.warn(
                        "Spool segment {}: cutting off {} bytes of a poll torn by a crash while it was written",
                        segment.path,
                        size - position);
                channel.truncate(position);
                channel.force(true);
            }
            segment.bytes = position;
        }
    }

    private List<Path> existingSegments() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(path -> path.getFileName().toString().matches("\\d{20}\\" + SUFFIX))
                    .sorted()
                    .toList();
        }
    }

    private static long idOf(Path path) {
        String name = path.getFileName().toString();
        return Long.parseLong(name.substring(0, name.length() - SUFFIX.length()));
    }

    private static ByteBuffer readFully(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("Spool segment ends inside an entry at " + position);
            }
        }
        return buffer.flip();
    }
}
