package com.amrs.api.security;

import com.amrs.api.system.AmrsProperties;
import com.amrs.api.system.PlantAccess;
import com.amrs.api.system.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Credentials that are not a session or HTTP Basic (DESIGN.md §15): {@code Authorization: Bearer} with an
 * API token (on {@code /ws} and {@code /stomp} also {@code ?access_token=}, for wscat), and {@code X-API-Key}
 * with {@code API_KEY}, which writes as an operator as before users existed. Wrong credentials are a 401 at
 * once, never a fall back to anonymous.
 */
class CredentialsFilter extends OncePerRequestFilter {

    static final String API_KEY_HEADER = "X-API-Key";
    /** Who writes with {@code X-API-Key}: its holder, not a user. */
    static final String API_KEY_PRINCIPAL = "api-key";

    private final ApiTokens tokens;
    private final AmrsProperties.Api api;
    private final ProblemWriter problems;

    CredentialsFilter(ApiTokens tokens, AmrsProperties.Api api, ProblemWriter problems) {
        this.tokens = tokens;
        this.api = api;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = bearer(request);
        String apiKey = request.getHeader(API_KEY_HEADER);
        if (token != null) {
            var bearer = tokens.authenticate(token);
            if (bearer.isEmpty()) {
                problems.write(request, response, ProblemType.UNAUTHORIZED, "The credentials were not accepted.");
                return;
            }
            authenticate(
                    "token:" + bearer.get().name(),
                    bearer.get().role(),
                    bearer.get().plants());
        } else if (apiKey != null) {
            if (!api.writesEnabled()) {
                problems.write(
                        request,
                        response,
                        ProblemType.WRITES_DISABLED,
                        "Writes with X-API-Key are disabled: set API_KEY on the api-server, or log in.");
                return;
            }
            if (!MessageDigest.isEqual(bytes(apiKey), bytes(api.apiKey()))) {
                problems.write(request, response, ProblemType.UNAUTHORIZED, "The credentials were not accepted.");
                return;
            }
            authenticate(API_KEY_PRINCIPAL, Role.OPERATOR, null);
        }
        chain.doFilter(request, response);
    }

    private static String bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return header.substring(7).trim();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean stream = path.equals("/ws") || path.equals("/stomp") || path.startsWith("/stomp/");
        return stream ? request.getParameter("access_token") : null;
    }

    private static void authenticate(String principal, Role role, List<String> plants) {
        List<GrantedAuthority> authorities = new ArrayList<>(PlantAccess.authorities(plants));
        authorities.add(role.authority());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
        SecurityContextHolder.setContext(context);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
