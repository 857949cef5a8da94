package com.amrs.api.live;

import com.amrs.api.system.AmrsProperties;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PingMessage;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.SessionLimitExceededException;

/**
 * One {@code /ws} client. Its writes go through a {@link ConcurrentWebSocketSessionDecorator}: one
 * write at a time, later messages queued behind it; once a write has taken longer than the send
 * time limit, or the queue holds more than the buffer limit, the next send throws {@link
 * SessionLimitExceededException}. The decorator lets whoever sends first do the write, however long
 * it takes, so {@link RawClients} sends from a thread of the client's own. On Tomcat the update's bytes,
 * encoded once for all clients, are written as they are ({@link EncodedTextSession}).
 */
final class RawClient {

    private static final Logger log = LoggerFactory.getLogger(RawClient.class);

    private final WebSocketSession connection;
    private final ConcurrentWebSocketSessionDecorator session;
    private final AtomicReference<Pending> pending = new AtomicReference<>();
    private final AtomicBoolean dropped = new AtomicBoolean();
    private volatile boolean awaitingPong;
    private volatile int missedPings;

    private record Pending(WebSocketMessage<?> message, Runnable whenQueued) {}

    RawClient(WebSocketSession session, AmrsProperties.Live limits) {
        TomcatWebSockets.limitBlockingWrites(session, limits.sendTimeLimit());
        this.connection = session;
        this.session = new ConcurrentWebSocketSessionDecorator(
                EncodedTextSession.of(session),
                Math.toIntExact(limits.sendTimeLimit().toMillis()),
                Math.toIntExact(limits.sendBufferSizeLimit().toBytes()));
        this.session.setMessageCallback(this::queued);
    }

    String id() {
        return session.getId();
    }

    boolean isOpen() {
        return session.isOpen();
    }

    /**
     * Queues the message behind the earlier ones and runs {@code whenQueued} as soon as it is
     * queued; then writes the queue unless another thread is writing it already (which may block).
     */
    void send(WebSocketMessage<?> message, Runnable whenQueued) throws IOException {
        pending.set(new Pending(message, whenQueued));
        try {
            session.sendMessage(message);
        } finally {
            // also when the session is closing and the decorator did not queue the message
            queued(message);
        }
    }

    private void queued(WebSocketMessage<?> message) {
        Pending current = pending.get();
        if (current != null && current.message() == message && pending.compareAndSet(current, null)) {
            current.whenQueued().run();
        }
    }

    /** Counts a ping as sent; false once the client has left the two before unanswered: it is gone. */
    boolean answersPings() {
        missedPings = awaitingPong ? missedPings + 1 : 0;
        awaitingPong = true;
        return missedPings < 2;
    }

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

    /** Closes the connection at once, even while another thread holds the decorator's close lock. */
    void close(CloseStatus status) {
        try {
            TomcatWebSockets.closeNow(connection, status);
        } catch (IOException | RuntimeException e) {
            log.debug("Closing live client {} failed: {}", id(), e.toString());
        }
    }
}
