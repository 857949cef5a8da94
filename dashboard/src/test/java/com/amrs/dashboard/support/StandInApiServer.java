package com.amrs.dashboard.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the api-server that speaks its contract (DESIGN.md §7 JSON, §8 STOMP over
 * WebSocket at /stomp) with answers the test sets, and counts the requests it gets. It lets the tests
 * send live updates when they choose, and vanish and come back on the same port.
 */
public final class StandInApiServer implements AutoCloseable {

    private final int port;
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Set<StompWebSocket> clients = ConcurrentHashMap.newKeySet();
    private final AtomicInteger messageIds = new AtomicInteger();
    private volatile ServerSocket server;

    public StandInApiServer() {
        this.port = FreePorts.next();
        start();
    }

    public int port() {
        return port;
    }

    /** What GET {@code pathAndQuery} answers (200, JSON); anything else is a 404 problem. */
    public void answer(String pathAndQuery, String json) {
        answers.put(pathAndQuery, json);
    }

    public int requests(String pathAndQuery) {
        return requests.getOrDefault(pathAndQuery, new AtomicInteger()).get();
    }

    public int subscribers() {
        return (int) clients.stream().filter(StompWebSocket::subscribed).count();
    }

    /** Sends a {@code live_update} with these machines to every subscriber of /topic/live. */
    public void publishLive(String machinesJson) {
        String body = "{\"type\":\"live_update\",\"timestamp\":\"" + java.time.Instant.now() + "\",\"data\":"
                + machinesJson + "}";
        for (StompWebSocket client : clients) {
            if (client.subscribed()) {
                client.send("MESSAGE\ndestination:/topic/live\nsubscription:" + client.subscription() + "\nmessage-id:"
                        + messageIds.incrementAndGet() + "\ncontent-type:application/json\n\n" + body + "\0");
            }
        }
    }

    /** Like a stopped api-server: open connections close, new ones are refused. */
    public synchronized void stop() {
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException e) {
            // closed anyway
        }
        server = null;
        clients.forEach(StompWebSocket::close);
        clients.clear();
    }

    /** Back on the same port. */
    public synchronized void start() {
        try {
            server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot listen on " + port, e);
        }
        ServerSocket listening = server;
        Thread.ofVirtual().start(() -> {
            while (!listening.isClosed()) {
                try {
                    Socket socket = listening.accept();
                    Thread.ofVirtual().start(() -> serve(socket));
                } catch (IOException e) {
                    return;
                }
            }
        });
    }

    @Override
    public void close() {
        stop();
    }

    private void serve(Socket socket) {
        try {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            String[] requestLine = readLine(in).split(" ");
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
                int colon = line.indexOf(':');
                headers.put(
                        line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).trim());
            }
            String target = requestLine[1];
            requests.computeIfAbsent(target, k -> new AtomicInteger()).incrementAndGet();
            if (target.equals("/stomp") && "websocket".equalsIgnoreCase(headers.get("upgrade"))) {
                var client = new StompWebSocket(socket, in);
                client.handshake(headers.get("sec-websocket-key"));
                clients.add(client);
                client.run();
                clients.remove(client);
            } else {
                respond(socket, target);
            }
        } catch (IOException | RuntimeException e) {
            // the peer went away
        } finally {
            try {
                socket.close();
            } catch (IOException e) {
                // closed anyway
            }
        }
    }

    private void respond(Socket socket, String target) throws IOException {
        String json = answers.get(target);
        int status = json == null ? 404 : 200;
        byte[] body =
                (json != null ? json : "{\"title\":\"Not Found\",\"status\":404}").getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + (status == 200 ? " OK" : " Not Found") + "\r\nContent-Type: "
                + (status == 200 ? "application/json" : "application/problem+json") + "\r\nContent-Length: "
                + body.length + "\r\nConnection: close\r\n\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    private static String readLine(InputStream in) throws IOException {
        var line = new ByteArrayOutputStream();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c == -1) {
                throw new IOException("connection closed");
            }
            if (c != '\r') {
                line.write(c);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
