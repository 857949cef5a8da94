package com.amrs.api.live;

import java.io.IOException;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketSessionDecorator;

/**
 * A session whose text messages go to Tomcat as the UTF-8 bytes they were made of, not encoded again from their
 * text: on {@code /ws} the live update's bytes, serialised once for all clients; on {@code /stomp} the frame
 * Spring encodes per subscription (its {@code subscription} and {@code message-id} headers are the client's own,
 * so no frame can be shared; the body is copied into each).
 */
final class EncodedTextSession extends WebSocketSessionDecorator {

    private final TomcatTextFrames frames;

    private EncodedTextSession(WebSocketSession session, TomcatTextFrames frames) {
        super(session);
        this.frames = frames;
    }

    /** The session itself where Tomcat's frame writing is out of reach. */
    static WebSocketSession of(WebSocketSession session) {
        return TomcatTextFrames.of(session)
                .<WebSocketSession>map(frames -> new EncodedTextSession(session, frames))
                .orElse(session);
    }

    @Override
    public void sendMessage(WebSocketMessage<?> message) throws IOException {
        if (message instanceof TextMessage text && text.isLast()) {
            frames.write(text.asBytes());
        } else {
            super.sendMessage(message);
        }
    }
}
