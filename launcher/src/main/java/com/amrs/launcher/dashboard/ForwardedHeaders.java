package com.amrs.launcher.dashboard;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * The request head that goes to the api-server: the client's fields with nginx.conf's
 * proxy_set_header lines in place of their own, and nginx's defaults (no TE, Keep-Alive, Expect;
 * Upgrade only on the live stream's locations; the body's length as read).
 */
final class ForwardedHeaders {

    private ForwardedHeaders() {}

    static Headers of(Exchange exchange, Route route, int bodyLength) {
        Headers client = exchange.request().headers();
        var upstream = client.copy();
        upstream.remove(
                "Host", "Connection", "Keep-Alive", "TE", "Expect", "Upgrade", "Transfer-Encoding", "Content-Length");
        upstream.remove("X-Real-IP", "X-Forwarded-For", "X-Forwarded-Proto", "X-Forwarded-Port");
        boolean upgrade = route == Route.LIVE && !client.value("Upgrade").isEmpty();
        put(upstream, "Host", client.value("Host"));
        upstream.add("Connection", upgrade ? "upgrade" : "close");
        if (upgrade) {
            upstream.add("Upgrade", client.value("Upgrade"));
        }
        String remote = text(((InetSocketAddress) exchange.socket().getRemoteSocketAddress()).getAddress());
        upstream.add("X-Real-IP", remote);
        String forwardedFor = String.join(", ", client.all("X-Forwarded-For"));
        upstream.add("X-Forwarded-For", forwardedFor.isEmpty() ? remote : forwardedFor + ", " + remote);
        String proto = client.value("X-Forwarded-Proto");
        upstream.add("X-Forwarded-Proto", proto.isEmpty() ? "http" : proto);
        String ownPort = proto.isEmpty() ? Integer.toString(exchange.socket().getLocalPort()) : "";
        String port = client.value("X-Forwarded-Port");
        put(upstream, "X-Forwarded-Port", port.isEmpty() ? ownPort : port);
        if (exchange.request().hasBody()) {
            upstream.add("Content-Length", Integer.toString(bodyLength));
        }
        return upstream;
    }

    /** nginx sends no header whose value is empty. */
    private static void put(Headers headers, String name, String value) {
        if (!value.isEmpty()) {
            headers.add(name, value);
        }
    }

    /** {@code $remote_addr}: IPv6 in its short form (::1), as nginx writes it. */
    static String text(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address.getHostAddress();
        }
        byte[] bytes = address.getAddress();
        int[] groups = new int[8];
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0, run = 0; i < 8; i++) {
            groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
            run = groups[i] == 0 ? run + 1 : 0;
            if (run > bestLength) {
                bestLength = run;
                bestStart = i - run + 1;
            }
        }
        var text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append(i == 0 ? "::" : ":");
                i += bestLength - 1;
                continue;
            }
            text.append(Integer.toHexString(groups[i])).append(i < 7 ? ":" : "");
        }
        return text.toString();
    }
}
