package com.amrs.api.security;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.handler.WebSocketHandlerDecoratorFactory;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.socket.server.support.HttpSessionHandshakeInterceptor;

/**
 * Live streams opened with a login's session close when that session ends (logout, timeout, the user
 * deleted or disabled): a stream outlives no login. Streams opened with a token or open reads are not tied to
 * a session. Both endpoints take {@link #handshake()} and {@link #decorate}.
 */
@Component
public class SessionSockets implements WebSocketHandlerDecoratorFactory {

    /** 1008 "policy violation": the credentials the stream was opened with are gone. */
    static final CloseStatus SESSION_ENDED = CloseStatus.POLICY_VIOLATION.withReason("The login's session ended.");

    private static final Logger log = LoggerFactory.getLogger(SessionSockets.class);

    private final Map<String, Set<WebSocketSession>> bySession = new ConcurrentHashMap<>();

    /** Keeps the HTTP session's id (of a handshake that has one) in the socket's attributes. */
    public static HandshakeInterceptor handshake() {
        var interceptor = new HttpSessionHandshakeInterceptor();
        interceptor.setCopyAllAttributes(false);
        interceptor.setCreateSession(false);
        return interceptor;
    }

    @Override
    public WebSocketHandler decorate(WebSocketHandler handler) {
        return new WebSocketHandlerDecorator(handler) {
            @Override
            public void afterConnectionEstablished(WebSocketSession socket) throws Exception {
                httpSession(socket)
                        .ifPresent(id -> bySession
                                .computeIfAbsent(id, key -> ConcurrentHashMap.newKeySet())
                                .add(socket));
                super.afterConnectionEstablished(socket);
            }

            @Override
            public void afterConnectionClosed(WebSocketSession socket, CloseStatus status) throws Exception {
                httpSession(socket)
                        .ifPresent(id -> bySession.computeIfPresent(id, (key, sockets) -> {
                            sockets.remove(socket);
                            return sockets.isEmpty() ? null : sockets;
                        }));
                super.afterConnectionClosed(socket, status);
            }
        };
    }

    @EventListener
    void sessionEnded(UserSessions.SessionEnded ended) {
        Set<WebSocketSession> sockets = bySession.remove(ended.sessionId());
        if (sockets == null) {
            return;
        }
        for (WebSocketSession socket : sockets) {
            try {
                socket.close(SESSION_ENDED);
            } catch (IOException e) {
                log.debug("Closing live stream {} at its session's end failed", socket.getId(), e);
            }
        }
    }

    private static Optional<String> httpSession(WebSocketSession socket) {
        return Optional.ofNullable(
                (String) socket.getAttributes().get(HttpSessionHandshakeInterceptor.HTTP_SESSION_ID_ATTR_NAME));
    }
}
