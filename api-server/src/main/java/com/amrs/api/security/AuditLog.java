package com.amrs.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * {@code audit_events} (DESIGN.md §15): every write that the API carried out, by whom (a user, {@code
 * token:NAME}, or {@code api-key}), which endpoint and which resource.
 */
@Component
class AuditLog implements HandlerInterceptor {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> NOT_AUDITED = Set.of("/api/login", "/api/logout");

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!WRITES.contains(request.getMethod())
                || NOT_AUDITED.contains(path)
                || failure != null
                || response.getStatus() >= 400) {
            return;
        }
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String action = request.getMethod() + " " + (pattern == null ? path : pattern);
        jdbc.sql("insert into audit_events (username, action, target) values (?, ?, ?)")
                .params(Principals.current(), truncate(action, 64), path)
                .update();
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
