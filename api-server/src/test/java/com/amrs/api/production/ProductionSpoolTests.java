package com.amrs.api.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.api.support.RestIntegrationTest;
import com.amrs.core.downtime.ReasonCatalogue;
import com.amrs.core.machine.MachineState;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The on-disk spool, on real files: order, bounds, and what a crash leaves. */
class ProductionSpoolTests {

    private static final Instant START = Instant.parse("2026-01-26T08:00:00Z");
    private static final long ONE_MB = 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void givesBackThePollsOldestFirstAndForgetsThoseStored() throws IOException {
        try (var spool = spool(ONE_MB)) {
            for (int poll = 0; poll < 5; poll++) {
                spool.append(poll(poll));
            }
            assertThat(spool.records()).isEqualTo(15);

            List<ProductionSpool.Entry> first = spool.read(6);
            assertThat(first).extracting(entry -> firstInstant(entry.poll())).containsExactly(at(0), at(1));
            spool.stored(first);

            assertThat(spool.records()).isEqualTo(9);
            assertThat(drain(spool)).containsExactly(at(2), at(3), at(4));
            assertThat(spool.records()).isZero();
            assertThat(spool.bytes()).isZero();
            assertThat(segmentFiles()).isEmpty();
        }
    }

    @Test
    void keepsThePollsAcrossARestartAndRoundTripsEveryField() throws IOException {
        SpooledPoll written = poll(0);
        try (var spool = spool(ONE_MB)) {
            spool.append(written);
            spool.append(poll(1));
        }
        try (var reopened = spool(ONE_MB)) {
            assertThat(reopened.records()).isEqualTo(6);
            List<ProductionSpool.Entry> entries = reopened.read(3);
            assertThat(entries.getFirst().poll().newRecords())
                    .isEqualTo(written.newRecords())
                    .hasSize(3);
            assertThat(entries.getFirst().poll().baselines()).isEqualTo(written.baselines());
            assertThat(entries.getFirst().poll().stops()).isEqualTo(written.stops());
            reopened.stored(entries);
            // new polls after a restart go behind the old ones
            reopened.append(poll(2));
            assertThat(drain(reopened)).containsExactly(at(1), at(2));
        }
    }

    @Test
    void cutsOffAPollTornByACrashAndKeepsTheOnesBefore() throws IOException {
        try (var spool = spool(ONE_MB)) {
            spool.append(poll(0));
            spool.append(poll(1));
        }
        Path segment = segmentFiles().getFirst();
        long intact = Files.size(segment);
        // a crash in the middle of writing the third poll: its header and all but 7 bytes of its payload
        byte[] written = Files.readAllBytes(segment);
        int firstEntry = 12 + ByteBuffer.wrap(written).getInt(0);
        Files.write(segment, Arrays.copyOf(written, firstEntry - 7), StandardOpenOption.APPEND);

        try (var reopened = spool(ONE_MB)) {
            assertThat(reopened.records()).isEqualTo(6);
            assertThat(Files.size(segment)).isEqualTo(intact);
            assertThat(drain(reopened)).containsExactly(at(0), at(1));
        }
    }

    @Test
    void dropsTheOldestPollsBeyondTheBoundAndSaysHowMany() throws IOException {
        long bound = 64 * 1024;
        try (var spool = spool(bound)) {
            long dropped = 0;
            for (int poll = 0; poll < 400; poll++) {
                dropped += spool.append(poll(poll));
            }
            assertThat(spool.bytes()).isLessThanOrEqualTo(bound);
            assertThat(directoryBytes()).isLessThanOrEqualTo(bound);
            assertThat(dropped).isPositive().isEqualTo(400 * 3 - spool.records());

            List<Instant> kept = drain(spool);
            assertThat(kept).last().isEqualTo(at(399));
            assertThat(kept).isSorted().hasSize((int) (400 - dropped / 3));
        }
    }

    private ProductionSpool spool(long maxBytes) throws IOException {
        return new ProductionSpool(dir, maxBytes, RecordPayload.JSON);
    }

    private static List<Instant> drain(ProductionSpool spool) throws IOException {
        List<Instant> polls = new ArrayList<>();
        for (List<ProductionSpool.Entry> entries = spool.read(1); !entries.isEmpty(); entries = spool.read(1)) {
            entries.forEach(entry -> polls.add(firstInstant(entry.poll())));
            spool.stored(entries);
        }
        return polls;
    }

    private static SpooledPoll poll(int n) {
        List<NewRecord> records = ProductionStoreIntegrationTests.records(3, at(n));
        var stop = new StopWrite(
                "M1",
                at(n),
                n % 2 == 0 ? null : at(n).plusSeconds(3),
                MachineState.DOWN,
                101,
                ReasonCatalogue.defaults().ofFault(101),
                RestIntegrationTest.TODAY,
                "A");
        return SpooledPoll.of(
                records, List.of(ProductionStoreIntegrationTests.baseline("M1", n, at(n))), List.of(stop));
    }

    private static Instant firstInstant(SpooledPoll poll) {
        return poll.records().getFirst().recordedAt();
    }

    private static Instant at(int poll) {
        return START.plusSeconds(5L * poll);
    }

    private List<Path> segmentFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    private long directoryBytes() throws IOException {
        long bytes = 0;
        for (Path file : segmentFiles()) {
            bytes += Files.size(file);
        }
        return bytes;
    }
}
