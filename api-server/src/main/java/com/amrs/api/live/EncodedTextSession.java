package com.amrs.api.live;

import java.io.IOException;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketSessionDecorator;

/**
 * A {@code /stomp} session whose text messages go to Tomcat as the UTF-8 bytes they were made of. Spring encodes
 * a STOMP frame per subscription (its {@code subscription} and {@code message-id} headers are the client's own),
 * copying the body into it; Tomcat would then encode the frame's text once more, character by character.
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
            frames.writeBlocking(text.asBytes());
        } else {
            super.sendMessage(message);
        }
    }
}
