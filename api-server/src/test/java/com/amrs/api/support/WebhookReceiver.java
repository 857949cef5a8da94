package com.amrs.api.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on a free port that takes webhook POSTs as Slack or a plant's own receiver would: it answers
 * 200, or first the statuses {@link #answer} queued for a path, and records every request with when it came.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** A request as it arrived, with the status it was answered. */
    public record Received(Instant at, String path, String body, Map<String, List<String>> headers, int status) {

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().getFirst())
                    .findFirst()
                    .orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Integer>> answers = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> held = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> waiting = new ConcurrentHashMap<>();

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    public static WebhookReceiver start() {
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            var receiver = new WebhookReceiver(server);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String path = exchange.getRequestURI().getPath();
                receiver.awaitRelease(path);
                Deque<Integer> queued = receiver.answers.get(path);
                Integer status = queued == null ? null : queued.pollFirst();
                int answered = status == null ? 200 : status;
                receiver.received.add(
                        new Received(Instant.now(), path, body, Map.copyOf(exchange.getRequestHeaders()), answered));
                exchange.sendResponseHeaders(answered, -1);
                exchange.close();
            });
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Requests to the path get no answer until {@link #release}: a receiver that hangs. */
    public void hold(String path) {
        held.put(path, new CountDownLatch(1));
    }

    public void release(String path) {
        CountDownLatch latch = held.remove(path);
        if (latch != null) {
            latch.countDown();
        }
    }

    /** How many requests to the path wait for their answer now. */
    public int waiting(String path) {
        return waiting.computeIfAbsent(path, any -> new AtomicInteger()).get();
    }

    private void awaitRelease(String path) {
        CountDownLatch latch = held.get(path);
        if (latch == null) {
            return;
        }
        AtomicInteger count = waiting.computeIfAbsent(path, any -> new AtomicInteger());
        count.incrementAndGet();
        try {
            latch.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            count.decrementAndGet();
        }
    }

    /** The next requests to the path are answered with these statuses, in order; then 200 again. */
    public void answer(String path, int... statuses) {
        Deque<Integer> queued = answers.computeIfAbsent(path, any -> new ConcurrentLinkedDeque<>());
        for (int status : statuses) {
            queued.addLast(status);
        }
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public List<Received> received(String path) {
        return received.stream().filter(request -> request.path().equals(path)).toList();
    }

    @Override
    public void close() {
        held.keySet().forEach(this::release);
        server.stop(0);
    }
}
