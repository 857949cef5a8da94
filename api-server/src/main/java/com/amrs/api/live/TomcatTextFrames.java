package com.amrs.api.live;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.ByteBuffer;
import java.util.Optional;
import org.apache.tomcat.websocket.Constants;
import org.apache.tomcat.websocket.WsRemoteEndpointImplBase;
import org.apache.tomcat.websocket.WsSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;

/**
 * Writes text frames of UTF-8 bytes encoded already, so that an update encoded once goes to every client as it
 * is. Tomcat's WebSocket API takes text only as a String and encodes it again for each session, character by
 * character; its endpoint does take the bytes and an opcode, but in package-private methods, reached here by
 * reflection. Where they are not to be had (another Tomcat, another container), {@link #of} is empty and the
 * callers send the String.
 */
final class TomcatTextFrames {

    private static final Logger log = LoggerFactory.getLogger(TomcatTextFrames.class);
    private static final Handles HANDLES = Handles.find();

    /** The session's endpoint and, in Tomcat 11, its {@code sendMessageBlock(opCode, payload, last)}. */
    private record Handles(MethodHandle endpoint, MethodHandle block) {

        static Handles find() {
            try {
                return new Handles(
                        MethodHandles.privateLookupIn(WsSession.class, MethodHandles.lookup())
                                .findGetter(WsSession.class, "wsRemoteEndpoint", WsRemoteEndpointImplBase.class),
                        MethodHandles.privateLookupIn(WsRemoteEndpointImplBase.class, MethodHandles.lookup())
                                .findVirtual(
                                        WsRemoteEndpointImplBase.class,
                                        "sendMessageBlock",
                                        MethodType.methodType(
                                                void.class, byte.class, ByteBuffer.class, boolean.class)));
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                log.warn(
                        "Live updates are encoded for each client: Tomcat's frame writing is out of reach ({})",
                        e.toString());
                return null;
            }
        }
    }

    private final WsRemoteEndpointImplBase endpoint;

    private TomcatTextFrames(WsRemoteEndpointImplBase endpoint) {
        this.endpoint = endpoint;
    }

    /** True where Tomcat's frame writing was found. */
    static boolean available() {
        return HANDLES != null;
    }

    static Optional<TomcatTextFrames> of(WebSocketSession session) {
        if (HANDLES != null
                && session instanceof NativeWebSocketSession wrapper
                && wrapper.getNativeSession() instanceof WsSession tomcat) {
            try {
                return Optional.of(new TomcatTextFrames(
                        (WsRemoteEndpointImplBase) HANDLES.endpoint().invokeExact(tomcat)));
            } catch (Throwable e) {
                throw new IllegalStateException("Tomcat's WebSocket endpoint of session " + session.getId(), e);
            }
        }
        return Optional.empty();
    }

    /**
     * Writes the frame and returns once it is written, or throws after the session's blocking send timeout. The
     * bytes are shared, not copied: they must not change.
     */
    void write(byte[] utf8) throws IOException {
        try {
            HANDLES.block().invokeExact(endpoint, Constants.OPCODE_TEXT, ByteBuffer.wrap(utf8), true);
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException(e);
        }
    }
}
