package com.amrs.api.support;

import jakarta.websocket.ContainerProvider;
import jakarta.websocket.WebSocketContainer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.springframework.messaging.converter.SimpleMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * Real clients of the live stream on localhost: Spring's {@link StandardWebSocketClient} on
 * {@code /ws} and {@link WebSocketStompClient} on {@code /stomp}, each recording what it receives
 * and when. {@link #close()} disconnects them all.
 */
public final class LiveClients implements AutoCloseable {

    private final String baseUrl;
    private final StandardWebSocketClient webSocket;
    private final WebSocketStompClient stomp;
    private final List<LiveListener> listeners = new CopyOnWriteArrayList<>();
    private boolean keepBodies = true;

    /** @param maxMessageBytes the largest message a client takes; Tomcat allocates it per connection */
    public LiveClients(int port, int maxMessageBytes) {
        this.baseUrl = "ws://localhost:" + port;
        WebSocketContainer container = ContainerProvider.getWebSocketContainer();
        container.setDefaultMaxTextMessageBufferSize(maxMessageBytes);
        this.webSocket = new StandardWebSocketClient(container);
        this.stomp = new WebSocketStompClient(webSocket);
        this.stomp.setMessageConverter(new SimpleMessageConverter());
        this.stomp.setInboundMessageSizeLimit(maxMessageBytes);
    }

    /**
     * Later listeners keep only the head of each message, its timestamp: benchmarks that receive gigabytes would
     * otherwise measure their own garbage collector.
     */
    public LiveClients timestampsOnly() {
        keepBodies = false;
        return this;
    }

    public LiveListener raw() {
        return rawAsync().join();
    }

    public List<LiveListener> raw(int count) {
        return all(count, this::rawAsync);
    }

    public LiveListener stomp(String topic) {
        return stompAsync(topic).join();
    }

    public List<LiveListener> stomp(int count, String topic) {
        return all(count, () -> stompAsync(topic));
    }

    public CompletableFuture<LiveListener> rawAsync() {
        LiveListener listener = listen("/ws");
        var handler = new TextWebSocketHandler() {
            @Override
            protected void handleTextMessage(WebSocketSession session, TextMessage message) {
                listener.received(message.getPayload());
            }
        };
        return webSocket
                .execute(handler, baseUrl + "/ws")
                .thenApply(session -> listener.opened(() -> closeQuietly(session)));
    }

    /** A STOMP session subscribed to {@code topic}; {@link StompSession} for sending is in the listener. */
    public CompletableFuture<LiveListener> stompAsync(String topic) {
        LiveListener listener = listen("/stomp");
        var frames = new StompFrameHandler() {
            @Override
            public Class<?> getPayloadType(StompHeaders headers) {
                return byte[].class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                listener.received(new String((byte[]) payload, StandardCharsets.UTF_8));
            }
        };
        return stomp.connectAsync(baseUrl + "/stomp", new StompSessionHandlerAdapter() {})
                .thenApply(session -> {
                    listener.opened(session::disconnect);
                    listener.stompSession(session);
                    session.subscribe(topic, frames);
                    return listener;
                });
    }

    private LiveListener listen(String endpoint) {
        LiveListener listener = new LiveListener(endpoint, keepBodies);
        listeners.add(listener);
        return listener;
    }

    private static List<LiveListener> all(int count, Supplier<CompletableFuture<LiveListener>> connect) {
        List<CompletableFuture<LiveListener>> connecting =
                IntStream.range(0, count).mapToObj(i -> connect.get()).toList();
        return connecting.stream().map(CompletableFuture::join).toList();
    }

    private static void closeQuietly(WebSocketSession session) {
        try {
            session.close();
        } catch (Exception e) {
            // closed already
        }
    }

    @Override
    public void close() {
        listeners.forEach(LiveListener::close);
    }
}
