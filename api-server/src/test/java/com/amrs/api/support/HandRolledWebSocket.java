package com.amrs.api.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A WebSocket client written by hand on a plain socket, for what real clients never do: stop
 * reading altogether (a stuck client, with a small receive buffer so that the server's writes back
 * up soon), or read without ever answering a ping (a dead one).
 */
public final class HandRolledWebSocket implements AutoCloseable {

    private static final int CLOSE = 0x8;
    private static final int PING = 0x9;

    private final Socket socket;
    private final InputStream in;
    private final String response;
    private final List<Integer> opcodes = new CopyOnWriteArrayList<>();
    private volatile boolean ended;

    private HandRolledWebSocket(Socket socket, String response) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.response = response;
    }

    /** Connects and sends the handshake with these extra headers (e.g. Origin); reads the answer's head. */
    public static HandRolledWebSocket connect(
            int port, String path, Map<String, String> headers, int receiveBufferBytes) {
        try {
            Socket socket = new Socket();
            socket.setReceiveBufferSize(receiveBufferBytes);
            socket.connect(new InetSocketAddress("localhost", port), 5_000);
            byte[] key = new byte[16];
            ThreadLocalRandom.current().nextBytes(key);
            var request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port
                    + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(key) + "\r\n");
            headers.forEach((name, value) ->
                    request.append(name).append(": ").append(value).append("\r\n"));
            socket.getOutputStream().write((request + "\r\n").getBytes(StandardCharsets.US_ASCII));
            return new HandRolledWebSocket(socket, readHead(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends one text frame, masked as a client must. */
    public void sendText(String text) throws IOException {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        if (payload.length > 125) {
            throw new IllegalArgumentException("only short frames");
        }
        byte[] mask = new byte[4];
        ThreadLocalRandom.current().nextBytes(mask);
        var frame = new ByteArrayOutputStream();
        frame.write(0x81);
        frame.write(0x80 | payload.length);
        frame.write(mask);
        for (int i = 0; i < payload.length; i++) {
            frame.write(payload[i] ^ mask[i % 4]);
        }
        socket.getOutputStream().write(frame.toByteArray());
    }

    private static String readHead(InputStream in) throws IOException {
        var head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    /** The HTTP status of the handshake's answer: 101 when the server took the connection. */
    public int status() {
        return Integer.parseInt(response.substring(9, 12));
    }

    /** A header of the handshake's answer, if it has it. */
    public Optional<String> responseHeader(String name) {
        return response.lines()
                .filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                .map(line -> line.substring(name.length() + 1).trim())
                .findFirst();
    }

    /** Reads every frame on a thread of its own and never answers a ping. */
    public void readWithoutAnsweringPings() {
        Thread.ofVirtual().name("hand-rolled-reader").start(() -> {
            try {
                while (readFrame()) {
                    // only the opcodes are kept
                }
            } catch (IOException e) {
                // the server closed the connection
            }
            ended = true;
        });
    }

    private boolean readFrame() throws IOException {
        int first = in.read();
        int second = in.read();
        if (first < 0 || second < 0) {
            return false;
        }
        opcodes.add(first & 0x0F);
        long length = second & 0x7F;
        if (length == 126) {
            length = ((long) in.read() << 8) | in.read();
        } else if (length == 127) {
            length = 0;
            for (int i = 0; i < 8; i++) {
                length = (length << 8) | in.read();
            }
        }
        in.skipNBytes(length);
        return true;
    }

    public boolean receivedPing() {
        return opcodes.contains(PING);
    }

    /** Whether the reader has met the server's close frame or the end of the connection. */
    public boolean closedByServer() {
        return ended || opcodes.contains(CLOSE);
    }

    /**
     * Reads and discards whatever is left (MBs waiting in the server's send buffer, so with a larger
     * receive buffer first); true when the server has closed the connection by then.
     */
    public boolean closedByServerWithin(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        byte[] buffer = new byte[256 * 1024];
        try {
            socket.setReceiveBufferSize(buffer.length);
            socket.setSoTimeout(200);
            while (System.nanoTime() < deadline) {
                try {
                    if (in.read(buffer) < 0) {
                        return true;
                    }
                } catch (SocketTimeoutException e) {
                    // nothing yet
                }
            }
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
