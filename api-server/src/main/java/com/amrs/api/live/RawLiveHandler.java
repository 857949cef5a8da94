package com.amrs.api.live;

import com.amrs.api.system.AmrsProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PongMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/** {@code /ws}: the latest snapshot as soon as a client connects, then one message per poll. */
@Component
class RawLiveHandler extends TextWebSocketHandler {

    private final LiveBroadcaster broadcaster;
    private final RawClients clients;
    private final AmrsProperties.Live limits;

    RawLiveHandler(LiveBroadcaster broadcaster, RawClients clients, AmrsProperties properties) {
        this.broadcaster = broadcaster;
        this.clients = clients;
        this.limits = properties.api().live();
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        broadcaster.join(new RawClient(session, limits));
    }

    @Override
    protected void handlePongMessage(WebSocketSession session, PongMessage message) {
        clients.ponged(session.getId());
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        clients.remove(session.getId());
    }
}
