package com.amrs.e2e;

import com.amrs.e2e.support.Api;
import java.net.URI;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.databind.JsonNode;

/** The plain WebSocket {@code /ws} as wscat or a script sees it (DESIGN.md §8). */
final class LiveStream {

    private LiveStream() {}

    /** Connects with the credentials of these calls, waits for the first {@code live_update} message and closes. */
    static JsonNode firstLiveUpdate(Api api, URI url, Duration timeout) {
        return firstLiveUpdate(builder(api), url, timeout);
    }

    /** The same as a browser's page of this origin connects: with its {@code Origin} header. */
    static JsonNode firstLiveUpdate(Api api, URI url, String origin, Duration timeout) {
        return firstLiveUpdate(builder(api).header("Origin", origin), url, timeout);
    }

    private static WebSocket.Builder builder(Api api) {
        WebSocket.Builder builder = api.client().newWebSocketBuilder();
        api.authorization().ifPresent(value -> builder.header("Authorization", value));
        return builder;
    }

    private static JsonNode firstLiveUpdate(WebSocket.Builder builder, URI url, Duration timeout) {
        var received = new CompletableFuture<JsonNode>();
        WebSocket socket;
        try {
            socket = builder.connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(url, new Listener(received))
                    .get(15, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("no WebSocket handshake at " + url + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("no WebSocket handshake at " + url + " within 15 s", e);
        }
        try {
            return received.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("the live stream at " + url + " failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("no live_update from " + url + " within " + timeout, e);
        } finally {
            socket.abort();
        }
    }

    private static final class Listener implements WebSocket.Listener {

        private final CompletableFuture<JsonNode> received;
        private final StringBuilder message = new StringBuilder();

        Listener(CompletableFuture<JsonNode> received) {
            this.received = received;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
                JsonNode json = Api.parse(message.toString());
                message.setLength(0);
                if ("live_update".equals(json.path("type").asString())) {
                    received.complete(json);
                }
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
            received.completeExceptionally(
                    new IllegalStateException("closed by the server: " + statusCode + " " + reason));
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            received.completeExceptionally(error);
        }
    }
}
