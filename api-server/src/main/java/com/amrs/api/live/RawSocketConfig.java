package com.amrs.api.live;

import com.amrs.api.security.SessionSockets;
import com.amrs.api.system.AmrsProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;

/** {@code /ws}: plain WebSocket, for wscat and scripts (DESIGN.md §8). */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class RawSocketConfig implements WebSocketConfigurer {

    private final RawLiveHandler handler;
    private final SessionSockets sessionSockets;
    private final AmrsProperties.Api api;

    RawSocketConfig(RawLiveHandler handler, SessionSockets sessionSockets, AmrsProperties properties) {
        this.handler = handler;
        this.sessionSockets = sessionSockets;
        this.api = properties.api();
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(sessionSockets.decorate(handler), "/ws")
                .setHandshakeHandler(new DefaultHandshakeHandler(new UncompressedUpgrade()))
                .addInterceptors(SessionSockets.handshake())
                .setAllowedOrigins(api.corsOrigins().toArray(String[]::new));
    }
}
