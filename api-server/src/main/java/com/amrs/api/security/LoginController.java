package com.amrs.api.security;

import com.amrs.api.system.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboard's login (DESIGN.md §15): {@code POST /api/login} with name and password opens a session
 * (cookie HttpOnly, SameSite); {@code GET /api/me} says who is logged in and where the single sign-on starts,
 * if there is one ({@link OidcLogin}); {@code POST /api/logout} ends it.
 * Throttled per user and address: {@code 429} with {@code Retry-After}.
 */
@RestController
class LoginController {

    record Credentials(String username, String password) {}

    /**
     * Who the request speaks for; {@code role} null for an anonymous reader. {@code ssoLogin}: where the browser
     * goes to log in at the OpenID Connect provider, null without one.
     */
    record Me(String username, String role, boolean authenticated, String ssoLogin) {}

    private final AuthenticationManager authentication;
    private final LoginThrottle throttle;
    private final ProblemWriter problems;
    private final CsrfTokenRepository csrfTokens;
    private final String ssoLogin;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    LoginController(
            AuthenticationManager authentication,
            LoginThrottle throttle,
            ProblemWriter problems,
            CsrfTokenRepository csrfTokens,
            SecurityProperties security) {
        this.authentication = authentication;
        this.throttle = throttle;
        this.problems = problems;
        this.csrfTokens = csrfTokens;
        this.ssoLogin = security.oidc().enabled() ? OidcLogin.START : null;
    }

    @PostMapping("/api/login")
    Me login(@RequestBody Credentials credentials, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String username = credentials.username() == null ? "" : credentials.username();
        String address = request.getRemoteAddr();
        var waiting = throttle.waiting(username, address);
        if (waiting.isPresent()) {
            response.setHeader("Retry-After", String.valueOf(seconds(waiting.get())));
            problems.write(request, response, ProblemType.TOO_MANY_LOGINS, "Too many failed logins; try again later.");
            return null;
        }
        Authentication user;
        try {
            user = authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                    username, credentials.password() == null ? "" : credentials.password()));
        } catch (AuthenticationException e) {
            throttle.failed(username, address);
            problems.write(request, response, ProblemType.UNAUTHORIZED, "The credentials were not accepted.");
            return null;
        }
        throttle.succeeded(username, address);
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation: a session from before the login is not reused
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(user);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        newCsrfToken(request, response);
        return me(user);
    }

    @GetMapping("/api/me")
    Me me(Authentication user) {
        if (user == null || user instanceof AnonymousAuthenticationToken) {
            return new Me(null, null, false, ssoLogin);
        }
        return new Me(
                user.getName(), Role.of(user.getAuthorities()).map(Role::code).orElse(null), true, ssoLogin);
    }

    @PostMapping("/api/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(HttpServletRequest request, HttpServletResponse response) {
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        newCsrfToken(request, response);
    }

    /**
     * A token seen before a login or logout is worth nothing after it. A request that brought none got a
     * new one already.
     */
    private void newCsrfToken(HttpServletRequest request, HttpServletResponse response) {
        if (csrfTokens.loadToken(request) != null) {
            csrfTokens.saveToken(csrfTokens.generateToken(request), request, response);
        }
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
