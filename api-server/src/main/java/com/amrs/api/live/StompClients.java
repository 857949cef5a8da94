package com.amrs.api.live;

import com.amrs.api.system.AmrsProperties;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.handler.WebSocketHandlerDecoratorFactory;

/**
 * The {@code /stomp} connections and the messages sent to them, for {@code /api/websocket/status};
 * also limits each connection's blocking writes to the send time limit, and has its frames written as the
 * bytes Spring encoded them to ({@link EncodedTextSession}).
 */
@Component
class StompClients implements WebSocketHandlerDecoratorFactory {

    private final Set<String> sessions = ConcurrentHashMap.newKeySet();
    private final LongAdder sent = new LongAdder();
    private final Duration sendTimeLimit;

    StompClients(AmrsProperties properties) {
        this.sendTimeLimit = properties.api().live().sendTimeLimit();
    }

    int size() {
        return sessions.size();
    }

    /** STOMP {@code MESSAGE} frames handed to clients since start. */
    long sent() {
        return sent.sum();
    }

    @Override
    public WebSocketHandler decorate(WebSocketHandler handler) {
        return new WebSocketHandlerDecorator(handler) {
            @Override
            public void afterConnectionEstablished(WebSocketSession session) throws Exception {
                TomcatWebSockets.limitBlockingWrites(session, sendTimeLimit);
                sessions.add(session.getId());
                super.afterConnectionEstablished(EncodedTextSession.of(session));
            }

            @Override
            public void afterConnectionClosed(WebSocketSession session, CloseStatus status) throws Exception {
                sessions.remove(session.getId());
                super.afterConnectionClosed(session, status);
            }
        };
    }

    /** For the outbound channel: counts the {@code MESSAGE} frames. */
    ChannelInterceptor messageCounter() {
        return new ChannelInterceptor() {
            @Override
            public Message<?> preSend(Message<?> message, MessageChannel channel) {
                if (SimpMessageHeaderAccessor.getMessageType(message.getHeaders()) == SimpMessageType.MESSAGE) {
                    sent.increment();
                }
                return message;
            }
        };
    }

    /** For the inbound channel: clients only listen; a {@code SEND} would reach every subscriber. */
    static ChannelInterceptor listenOnly() {
        return new ChannelInterceptor() {
            @Override
            public Message<?> preSend(Message<?> message, MessageChannel channel) {
                return SimpMessageHeaderAccessor.getMessageType(message.getHeaders()) == SimpMessageType.MESSAGE
                        ? null
                        : message;
            }
        };
    }
}
