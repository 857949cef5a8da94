package com.amrs.api.live;

import com.amrs.api.system.AmrsProperties;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PingMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.SessionLimitExceededException;

/**
 * One {@code /ws} client and the updates on their way to it: one write at a time, in order, the later ones
 * queued. Once a write has taken longer than the send time limit, or the queue would outgrow the buffer limit,
 * the next {@link #send} throws {@link SessionLimitExceededException}. On Tomcat an update's bytes are written
 * as they are ({@link TomcatTextFrames}) and {@link #send} never waits for the socket; elsewhere each write
 * runs on a virtual thread of its own.
 */
final class RawClient {

    private static final Logger log = LoggerFactory.getLogger(RawClient.class);

    /** Learns of a write that failed after {@link #send} returned. */
    interface Failures {
        void failed(RawClient client, Throwable failure);
    }

    private interface Writer {
        void write(TextMessage message, Consumer<Throwable> done);
    }

    private final WebSocketSession session;
    private final Writer writer;
    private final long sendTimeLimitNanos;
    private final long bufferLimitBytes;
    private final Queue<TextMessage> queue = new ArrayDeque<>();
    private long queuedBytes;
    private boolean writing;
    private long writingSince;
    private final AtomicBoolean dropped = new AtomicBoolean();
    private volatile boolean awaitingPong;
    private volatile int missedPings;

    RawClient(WebSocketSession session, AmrsProperties.Live limits) {
        TomcatWebSockets.limitWrites(session, limits.sendTimeLimit());
        this.session = session;
        this.writer = TomcatTextFrames.of(session)
                .<Writer>map(frames -> (message, done) -> frames.write(message.asBytes(), done))
                .orElse((message, done) -> Thread.ofVirtual()
                        .name("live-ws-write")
                        .start(() -> {
                            try {
                                session.sendMessage(message);
                                done.accept(null);
                            } catch (IOException | RuntimeException e) {
                                done.accept(e);
                            }
                        }));
        this.sendTimeLimitNanos = limits.sendTimeLimit().toNanos();
        this.bufferLimitBytes = limits.sendBufferSizeLimit().toBytes();
    }

    String id() {
        return session.getId();
    }

    boolean isOpen() {
        return session.isOpen();
    }

    /** Writes the update now if the client is idle, else queues it; a write that fails later goes to {@code failures}. */
    void send(TextMessage update, Failures failures) {
        synchronized (this) {
            if (writing) {
                queue(update);
                return;
            }
            writing = true;
            writingSince = System.nanoTime();
        }
        writer.write(update, failure -> written(failure, failures));
    }

    private void queue(TextMessage update) {
        long writingFor = System.nanoTime() - writingSince;
        if (writingFor > sendTimeLimitNanos) {
            throw new SessionLimitExceededException(
                    "a write has taken %d ms, more than the send time limit of %d ms"
                            .formatted(TimeUnit.NANOSECONDS.toMillis(writingFor), sendTimeLimitNanos / 1_000_000),
                    CloseStatus.SESSION_NOT_RELIABLE);
        }
        int size = update.getPayloadLength();
        if (queuedBytes + size > bufferLimitBytes) {
            throw new SessionLimitExceededException(
                    "%d bytes waiting would exceed the buffer limit of %d bytes"
                            .formatted(queuedBytes + size, bufferLimitBytes),
                    CloseStatus.SESSION_NOT_RELIABLE);
        }
        queue.add(update);
        queuedBytes += size;
    }

    private void written(Throwable failure, Failures failures) {
        if (failure != null) {
            failures.failed(this, failure);
            return;
        }
        TextMessage next;
        synchronized (this) {
            next = queue.poll();
            if (next == null) {
                writing = false;
                return;
            }
            queuedBytes -= next.getPayloadLength();
            writingSince = System.nanoTime();
        }
        writer.write(next, nextFailure -> written(nextFailure, failures));
    }

    /** Counts a ping as sent; false once the client has left the two before unanswered: it is gone. */
    boolean answersPings() {
        missedPings = awaitingPong ? missedPings + 1 : 0;
        awaitingPong = true;
        return missedPings < 2;
    }

    /** Blocks while a write is under way, up to the send time limit. */
    void ping() throws IOException {
        session.sendMessage(new PingMessage());
    }

    void ponged() {
        awaitingPong = false;
        missedPings = 0;
    }

    /** True the first time only, so that a client is dropped and logged once. */
    boolean markDropped() {
        return dropped.compareAndSet(false, true);
    }

    /** Closes the connection at once, even while a write is under way. */
    void close(CloseStatus status) {
        try {
            TomcatWebSockets.closeNow(session, status);
        } catch (IOException | RuntimeException e) {
            log.debug("Closing live client {} failed: {}", id(), e.toString());
        }
    }
}
