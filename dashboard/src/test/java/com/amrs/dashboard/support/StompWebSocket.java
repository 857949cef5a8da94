package com.amrs.dashboard.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * One browser's WebSocket to the {@link StandInApiServer} (RFC 6455, text frames only) and the STOMP
 * frames the dashboard sends on it: CONNECT and SUBSCRIBE.
 */
final class StompWebSocket {

    private static final String WEBSOCKET_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    private final Socket socket;
    private final InputStream in;
    private volatile String subscription;

    StompWebSocket(Socket socket, InputStream in) {
        this.socket = socket;
        this.in = in;
    }

    void handshake(String key) throws IOException {
        String accept;
        try {
            accept = Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-1")
                            .digest((key + WEBSOCKET_GUID).getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String response = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Accept: " + accept + "\r\nSec-WebSocket-Protocol: v12.stomp\r\n\r\n";
        synchronized (this) {
            socket.getOutputStream().write(response.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
        }
    }

    void run() throws IOException {
        while (true) {
            int first = in.read();
            int second = in.read();
            if (first == -1 || second == -1) {
                return;
            }
            long length = second & 0x7f;
            if (length == 126) {
                length = (in.read() << 8) | in.read();
            } else if (length == 127) {
                length = 0;
                for (int i = 0; i < 8; i++) {
                    length = (length << 8) | in.read();
                }
            }
            byte[] mask = in.readNBytes(4);
            byte[] payload = in.readNBytes((int) length);
            for (int i = 0; i < payload.length; i++) {
                payload[i] ^= mask[i % 4];
            }
            int opcode = first & 0x0f;
            if (opcode == 8) {
                return;
            }
            if (opcode == 1) {
                onFrame(new String(payload, StandardCharsets.UTF_8));
            }
        }
    }

    private void onFrame(String frame) {
        List<String> lines = frame.lines().toList();
        if (lines.isEmpty()) {
            return; // a heart-beat
        }
        switch (lines.getFirst()) {
            case "CONNECT", "STOMP" -> send("CONNECTED\nversion:1.2\nheart-beat:0,0\n\n\0");
            case "SUBSCRIBE" ->
                subscription = lines.stream()
                        .filter(l -> l.startsWith("id:"))
                        .map(l -> l.substring(3))
                        .findFirst()
                        .orElse("0");
            default -> {}
        }
    }

    void send(String text) {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        var frame = new ByteArrayOutputStream();
        frame.write(0x81);
        if (payload.length < 126) {
            frame.write(payload.length);
        } else {
            frame.write(126);
            frame.write(payload.length >> 8);
            frame.write(payload.length & 0xff);
        }
        frame.writeBytes(payload);
        try {
            synchronized (this) {
                socket.getOutputStream().write(frame.toByteArray());
                socket.getOutputStream().flush();
            }
        } catch (IOException e) {
            close();
        }
    }

    void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closed anyway
        }
    }

    boolean subscribed() {
        return subscription != null;
    }

    String subscription() {
        return subscription;
    }
}
