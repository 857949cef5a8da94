package com.amrs.api.live;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.handler.SessionLimitExceededException;

/**
 * The connected {@code /ws} clients. Every write runs on a virtual thread of its own, so a client
 * whose socket is full holds up nothing but that thread until it is dropped. {@link #add}, {@link
 * #sendToAll} and {@link #ping} run on the broadcast thread only.
 */
@Component
class RawClients implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RawClients.class);

    private final Map<String, RawClient> clients = new ConcurrentHashMap<>();
    private final ExecutorService writers = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("live-ws-", 0).factory());
    private final LongAdder sent = new LongAdder();
    private CountDownLatch lastRound = new CountDownLatch(0);

    int size() {
        return clients.size();
    }

    /** Live messages handed to clients since start. */
    long sent() {
        return sent.sum();
    }

    void add(RawClient client, TextMessage first) {
        clients.put(client.id(), client);
        send(List.of(client), first);
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

    void sendToAll(TextMessage message) {
        send(List.copyOf(clients.values()), message);
    }

    /**
     * A round starts once the previous round's message is queued at every client (a matter of
     * microseconds: queueing never waits for a write), so that every client gets them in order.
     */
    private void send(Collection<RawClient> targets, TextMessage message) {
        try {
            if (!lastRound.await(1, TimeUnit.SECONDS)) {
                log.debug("Previous round still not queued at every /ws client");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        CountDownLatch round = new CountDownLatch(targets.size());
        for (RawClient client : targets) {
            execute(() -> guarded(client, () -> {
                client.send(message, round::countDown);
                sent.increment();
            }));
        }
        lastRound = round;
    }

    /** Pings every client; drops those that left the last two pings unanswered. */
    void ping() {
        for (RawClient client : clients.values()) {
            if (client.answersPings()) {
                execute(() -> guarded(client, client::ping));
            } else {
                drop(client, "it did not answer the last two pings");
            }
        }
    }

    private interface Write {
        void run() throws IOException;
    }

    private void guarded(RawClient client, Write write) {
        try {
            write.run();
        } catch (SessionLimitExceededException e) {
            drop(client, "it lags too far behind: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            if (timedOut(e)) {
                drop(client, "a write did not finish within the send time limit");
            } else {
                log.debug("Live client {} is gone: {}", client.id(), e.toString());
                clients.remove(client.id());
            }
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
            writers.execute(task);
        } catch (RejectedExecutionException e) {
            log.debug("Shutting down, not sending to /ws clients");
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
        writers.shutdownNow();
    }
}
