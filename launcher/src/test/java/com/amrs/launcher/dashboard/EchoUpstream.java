package com.amrs.launcher.dashboard;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A stand-in api-server on 127.0.0.1: each request answered with its method, target and headers as
 * {@code Echo-*} headers and its body as the body; {@code /api/big} answers 2,000 bytes of JSON,
 * {@code /api/busy} a 503 of its own.
 */
final class EchoUpstream implements AutoCloseable {

    static final String BIG_JSON = "{\"machines\":[" + "\"M1\",".repeat(399) + "\"M1\"]}";

    private final HttpServer server;

    EchoUpstream() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", EchoUpstream::echo);
        server.createContext("/api/big", exchange -> answer(exchange, 200, "application/json", BIG_JSON));
        server.createContext("/api/busy", exchange -> answer(exchange, 503, "application/problem+json", "{}"));
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void echo(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        var headers = exchange.getResponseHeaders();
        headers.add("Echo-Method", exchange.getRequestMethod());
        headers.add("Echo-Target", exchange.getRequestURI().toString());
        exchange.getRequestHeaders().forEach((name, values) -> headers.add("Echo-" + name, String.join(" | ", values)));
        headers.add("Content-Type", "text/plain");
        exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
