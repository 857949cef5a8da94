package com.amrs.api.live;

import jakarta.websocket.CloseReason;
import java.io.IOException;
import java.time.Duration;
import org.apache.tomcat.websocket.WsSession;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;

/** Two Tomcat settings of the live stream's sessions, for clients that stop reading. */
final class TomcatWebSockets {

    private static final String BLOCKING_SEND_TIMEOUT = "org.apache.tomcat.websocket.BLOCKING_SEND_TIMEOUT";

    private TomcatWebSockets() {}

    /** A blocking write gives up after {@code limit} rather than Tomcat's 20 s. */
    static void limitBlockingWrites(WebSocketSession session, Duration limit) {
        if (nativeSession(session) instanceof jakarta.websocket.Session container) {
            container.getUserProperties().put(BLOCKING_SEND_TIMEOUT, limit.toMillis());
        }
    }

    /**
     * Closes the connection at once. A normal close keeps it open until the client answers the
     * close frame, up to 30 s, and one that stopped reading never does.
     */
    static void closeNow(WebSocketSession session, CloseStatus status) throws IOException {
        if (nativeSession(session) instanceof WsSession tomcat) {
            var reason = new CloseReason(CloseReason.CloseCodes.getCloseCode(status.getCode()), status.getReason());
            tomcat.doClose(reason, reason, true);
        } else {
            session.close(status);
        }
    }

    private static Object nativeSession(WebSocketSession session) {
        return session instanceof NativeWebSocketSession wrapper ? wrapper.getNativeSession() : null;
    }
}
