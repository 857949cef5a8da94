package com.amrs.api.live;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.handler.SessionLimitExceededException;

/**
 * The connected {@code /ws} clients. An update goes to each without waiting for any: on Tomcat the write starts
 * on the calling thread and ends on Tomcat's, otherwise it runs on a virtual thread; a client whose socket is
 * full holds up nothing but its own queue until it is dropped. Pings and closes run on virtual threads. {@link
 * #add}, {@link #sendToAll} and {@link #ping} run on the broadcast thread only.
 */
@Component
class RawClients implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RawClients.class);

    private final Map<String, RawClient> clients = new ConcurrentHashMap<>();
    private final ExecutorService threads = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("live-ws-", 0).factory());
    private final LongAdder sent = new LongAdder();

    int size() {
        return clients.size();
    }

    /** Live messages handed to clients since start. */
    long sent() {
        return sent.sum();
    }

    void add(RawClient client, TextMessage first) {
        clients.put(client.id(), client);
        send(client, first);
    }

    void remove(String id) {
        clients.remove(id);
    }

    void ponged(String id) {
        RawClient client = clients.get(id);
        if (client != null) {
            client.ponged();
        }
    }

    /** The same message, its bytes encoded once, to every client. */
    void sendToAll(TextMessage message) {
        for (RawClient client : clients.values()) {
            send(client, message);
        }
    }

    private void send(RawClient client, TextMessage message) {
        try {
            client.send(message, this::failed);
            sent.increment();
        } catch (SessionLimitExceededException e) {
            failed(client, e);
        }
    }

    /** Pings every client; drops those that left the last two pings unanswered. */
    void ping() {
        for (RawClient client : clients.values()) {
            if (client.answersPings()) {
                execute(() -> {
                    try {
                        client.ping();
                    } catch (IOException | RuntimeException e) {
                        failed(client, e);
                    }
                });
            } else {
                drop(client, "it did not answer the last two pings");
            }
        }
    }

    private void failed(RawClient client, Throwable failure) {
        if (failure instanceof SessionLimitExceededException) {
            drop(client, "it lags too far behind: " + failure.getMessage());
        } else if (timedOut(failure)) {
            drop(client, "a write did not finish within the send time limit");
        } else {
            log.debug("Live client {} is gone: {}", client.id(), failure.toString());
            clients.remove(client.id());
        }
    }

    private void drop(RawClient client, String reason) {
        clients.remove(client.id());
        if (client.markDropped()) {
            log.warn("Dropping live client {} of /ws: {}", client.id(), reason);
            execute(() -> client.close(CloseStatus.SESSION_NOT_RELIABLE));
        }
    }

    private void execute(Runnable task) {
        try {
            threads.execute(task);
        } catch (RejectedExecutionException e) {
            log.debug("Shutting down, not writing to /ws clients");
        }
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void destroy() {
        threads.shutdownNow();
    }
}
