package com.amrs.api.dashboard;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On the dashboard's port, what dashboard/nginx.conf does on 8080: {@code /api/}, {@code /ws} and
 * {@code /stomp} go on to this server's own controllers and endpoints, every other path is one of the
 * page's files or a 404, and every answer carries nginx.conf's security headers. Requests on {@code
 * server.port} pass untouched.
 */
class DashboardPortFilter extends OncePerRequestFilter {

    /** The add_header lines of nginx.conf. */
    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "same-origin",
            "X-Frame-Options", "SAMEORIGIN",
            "Content-Security-Policy",
                    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:;"
                            + " connect-src 'self' ws: wss:; object-src 'none'; base-uri 'self'; frame-ancestors 'self'");

    private final int port;
    private final DashboardFiles files;

    DashboardPortFilter(int port, DashboardFiles files) {
        this.port = port;
        this.files = files;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getLocalPort() != port;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SECURITY_HEADERS.forEach(response::setHeader);
        // the servlet path is decoded and normalised by Tomcat: /js/../pom.xml arrives as /pom.xml
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (answeredByTheApiServer(path)) {
            chain.doFilter(request, response);
        } else {
            files.serve(path, request, response);
        }
    }

    private static boolean answeredByTheApiServer(String path) {
        return path.startsWith("/api/") || endpoint(path, "/ws") || endpoint(path, "/stomp");
    }

    private static boolean endpoint(String path, String endpoint) {
        return path.equals(endpoint) || path.startsWith(endpoint + "/");
    }
}
