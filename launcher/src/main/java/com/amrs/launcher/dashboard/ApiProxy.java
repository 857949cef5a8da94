package com.amrs.launcher.dashboard;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * nginx.conf's {@code location /api/}, {@code /ws} and {@code /stomp}: the request to the api-server
 * on 127.0.0.1 over HTTP/1.1, one connection each, its answer back with the security headers, and a
 * WebSocket upgrade tunnelled both ways until either side closes.
 */
final class ApiProxy {

    /** {@code location @api_unreachable}'s answer. */
    static final String UNREACHABLE = "{\"type\":\"about:blank\",\"title\":\"Bad Gateway\",\"status\":502,"
            + "\"detail\":\"The AMRS api-server cannot be reached.\"}";

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration API_READ_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration LIVE_TIMEOUT = Duration.ofHours(1);

    private final InetSocketAddress apiServer;

    ApiProxy(int apiPort) {
        this.apiServer = new InetSocketAddress(InetAddress.getLoopbackAddress(), apiPort);
    }

    boolean forward(Exchange exchange, Route route, byte[] body) throws IOException {
        var upstream = new Socket();
        ResponseHead response;
        InputStream fromUpstream;
        try {
            upstream.connect(apiServer, (int) CONNECT_TIMEOUT.toMillis());
            upstream.setTcpNoDelay(true);
            upstream.setSoTimeout((int) (route == Route.API ? API_READ_TIMEOUT : LIVE_TIMEOUT).toMillis());
            OutputStream toUpstream = upstream.getOutputStream();
            RequestHead request = exchange.request();
            Headers headers = ForwardedHeaders.of(exchange, route, body.length);
            toUpstream.write(headers.toBytes(request.method() + " " + request.target() + " HTTP/1.1"));
            toUpstream.write(body);
            toUpstream.flush();
            fromUpstream = new BufferedInputStream(upstream.getInputStream());
            response = ResponseHead.read(fromUpstream);
        } catch (IOException e) {
            upstream.close();
            return unreachable(exchange, route);
        }
        try (upstream) {
            if (response.status() == 101) {
                return upgrade(exchange, route, response, upstream, fromUpstream);
            }
            return relay(exchange, response, fromUpstream);
        }
    }

    private static boolean relay(Exchange exchange, ResponseHead response, InputStream fromUpstream)
            throws IOException {
        boolean head = exchange.isHead();
        long length = response.length(head);
        Headers headers = response.headers().copy();
        headers.remove("Connection", "Keep-Alive", "Transfer-Encoding", "Content-Length", "Upgrade");
        return Answer.send(
                exchange, response.status(), response.reason(), headers, response.body(fromUpstream, head), length);
    }

    private static boolean upgrade(
            Exchange exchange, Route route, ResponseHead response, Socket upstream, InputStream fromUpstream)
            throws IOException {
        if (route != Route.LIVE || exchange.request().headers().value("Upgrade").isEmpty()) {
            return unreachable(exchange, route);
        }
        Headers headers = response.headers().copy();
        headers.remove("Connection", "Keep-Alive", "Transfer-Encoding", "Content-Length");
        headers.add("Connection", "upgrade");
        SecurityHeaders.addTo(headers);
        exchange.out().write(headers.toBytes("HTTP/1.1 101 " + response.reason()));
        exchange.out().flush();
        Tunnel.run(exchange.socket(), exchange.in(), upstream, fromUpstream, LIVE_TIMEOUT);
        return false;
    }

    /** The API's problem JSON (@api_unreachable), nginx's own 502 page on the live stream's paths. */
    private static boolean unreachable(Exchange exchange, Route route) throws IOException {
        if (route == Route.LIVE) {
            return Answer.error(exchange, 502, true);
        }
        byte[] problem = UNREACHABLE.getBytes(StandardCharsets.UTF_8);
        var headers = new Headers().add("Content-Type", "application/problem+json");
        return Answer.send(
                exchange, 502, Answer.reason(502), headers, new ByteArrayInputStream(problem), problem.length);
    }
}
