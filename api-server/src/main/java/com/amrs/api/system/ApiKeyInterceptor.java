package com.amrs.api.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Writes need header {@code X-API-Key} equal to {@code API_KEY}; checked before the body is read,
 * so an unauthenticated request learns nothing about its body. Reads are open.
 */
final class ApiKeyInterceptor implements HandlerInterceptor {

    static final String HEADER = "X-API-Key";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final AmrsProperties.Api api;

    ApiKeyInterceptor(AmrsProperties.Api api) {
        this.api = api;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!WRITES.contains(request.getMethod())) {
            return true;
        }
        if (!api.writesEnabled()) {
            throw ApiException.writesDisabled();
        }
        String given = request.getHeader(HEADER);
        if (given == null || !MessageDigest.isEqual(bytes(given), bytes(api.apiKey()))) {
            throw ApiException.unauthorized(given == null);
        }
        return true;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
