package com.amrs.api.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.messaging.simp.stomp.StompSession;

/** One live stream client of {@link LiveClients}: what it received, and when. */
public final class LiveListener {

    private static final Pattern TIMESTAMP = Pattern.compile("\"timestamp\":\"([^\"]+)\"");

    /** A message and the moment it arrived. */
    public record Received(Instant at, String json) {

        /** The update's {@code timestamp}: when the server broadcast it. */
        public Instant timestamp() {
            Matcher matcher = TIMESTAMP.matcher(json.substring(0, Math.min(json.length(), 200)));
            if (!matcher.find()) {
                throw new IllegalStateException("No timestamp in " + json);
            }
            return Instant.parse(matcher.group(1));
        }

        /** From the broadcast to the arrival. */
        public Duration latency() {
            return Duration.between(timestamp(), at);
        }
    }

    private final String endpoint;
    private final boolean keepBodies;
    private final List<Received> messages = new CopyOnWriteArrayList<>();
    private volatile Runnable closer = () -> {};
    private volatile StompSession stompSession;

    LiveListener(String endpoint, boolean keepBodies) {
        this.endpoint = endpoint;
        this.keepBodies = keepBodies;
    }

    /** {@code /ws} or {@code /stomp}. */
    public String endpoint() {
        return endpoint;
    }

    LiveListener opened(Runnable closer) {
        this.closer = closer;
        return this;
    }

    void stompSession(StompSession session) {
        this.stompSession = session;
    }

    void received(String json) {
        Instant at = Instant.now();
        messages.add(new Received(at, keepBodies ? json : json.substring(0, Math.min(json.length(), 200))));
    }

    public List<Received> messages() {
        return List.copyOf(messages);
    }

    public int count() {
        return messages.size();
    }

    public Received last() {
        return messages.getLast();
    }

    /** The timestamps received, each once. */
    public List<Instant> timestamps() {
        return messages.stream().map(Received::timestamp).distinct().toList();
    }

    public boolean received(Instant timestamp) {
        return messages.stream().anyMatch(message -> message.timestamp().equals(timestamp));
    }

    public StompSession stompSession() {
        return stompSession;
    }

    /** Closes the connection, if it is still open. */
    public void close() {
        Runnable closing = closer;
        closer = () -> {};
        try {
            closing.run();
        } catch (RuntimeException e) {
            // the server closed it already
        }
    }
}
