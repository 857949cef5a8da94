package com.amrs.api.live;

import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/websocket/status}: who listens to the live stream (DESIGN.md §7). */
@RestController
class WebSocketStatusController {

    private final RawClients raw;
    private final StompClients stomp;
    private final LiveBroadcaster broadcaster;

    WebSocketStatusController(RawClients raw, StompClients stomp, LiveBroadcaster broadcaster) {
        this.raw = raw;
        this.stomp = stomp;
        this.broadcaster = broadcaster;
    }

    /**
     * @param messagesSent live messages handed to clients since start: one per {@code /ws} client
     *     and one per {@code /stomp} subscription each time
     */
    record WebSocketStatus(
            int activeConnections, int rawClients, int stompClients, Instant lastBroadcast, long messagesSent) {}

    @GetMapping("/api/websocket/status")
    WebSocketStatus status() {
        int rawClients = raw.size();
        int stompClients = stomp.size();
        return new WebSocketStatus(
                rawClients + stompClients,
                rawClients,
                stompClients,
                broadcaster.lastBroadcast().orElse(null),
                raw.sent() + stomp.sent());
    }
}
