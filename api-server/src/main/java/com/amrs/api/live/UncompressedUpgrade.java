package com.amrs.api.live;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.security.Principal;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.WebSocketExtension;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.standard.StandardWebSocketUpgradeStrategy;

/**
 * The {@code /ws} handshake without {@code permessage-deflate}: a compressed connection has every update
 * compressed for it alone, so the one frame encoded for all would be encoded again per client. Tomcat offers the
 * extension whatever Spring selects, so it is kept from seeing the client's request for it.
 */
final class UncompressedUpgrade extends StandardWebSocketUpgradeStrategy {

    private static final String EXTENSIONS = "Sec-WebSocket-Extensions";

    @Override
    public void upgrade(
            ServerHttpRequest request,
            ServerHttpResponse response,
            @Nullable String selectedProtocol,
            List<WebSocketExtension> selectedExtensions,
            @Nullable Principal user,
            WebSocketHandler handler,
            Map<String, Object> attributes) {
        var withoutExtensions = new ServletServerHttpRequest(new WithoutExtensions(getHttpServletRequest(request)));
        super.upgrade(withoutExtensions, response, selectedProtocol, List.of(), user, handler, attributes);
    }

    private static final class WithoutExtensions extends HttpServletRequestWrapper {

        WithoutExtensions(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return EXTENSIONS.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return EXTENSIONS.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }
    }
}
