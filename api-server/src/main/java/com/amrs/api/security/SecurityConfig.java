package com.amrs.api.security;

import com.amrs.api.system.AmrsProperties;
import com.amrs.api.system.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what (DESIGN.md §15): reads and both live streams need a viewer (or nobody, with {@code
 * amrs.security.anonymous-read}), writes an operator, users and tokens an admin; {@code /api/health} and the
 * login stay open. A request speaks through its session (the dashboard, with CSRF on writes; opened by {@code
 * POST /api/login} or, with {@code amrs.security.oidc.issuer-uri}, by the {@link OidcLogin}), HTTP Basic, an API
 * token or {@code X-API-Key}. 401 and 403 are problem details.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The {@code XSRF-TOKEN} cookie the dashboard echoes; a new one at every login and logout. */
    @Bean
    CsrfTokenRepository csrfTokens() {
        return CookieCsrfTokenRepository.withHttpOnlyFalse();
    }

    @Bean
    RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role("ADMIN")
                .implies("OPERATOR")
                .role("OPERATOR")
                .implies("VIEWER")
                .build();
    }

    @Bean
    AuthenticationManager authenticationManager(UserAccounts users, PasswordEncoder passwords) {
        var provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwords);
        return new ProviderManager(provider);
    }

    @Bean
    SecurityFilterChain api(
            HttpSecurity http,
            SecurityProperties security,
            AmrsProperties properties,
            ApiTokens tokens,
            ProblemWriter problems,
            RoleHierarchy roles,
            AuthenticationManager authentication,
            CsrfTokenRepository csrfTokens)
            throws Exception {
        OidcLogin oidc = security.oidc().enabled() ? new OidcLogin(security.oidc()) : null;
        AuthorizationManager<RequestAuthorizationContext> read = security.anonymousRead()
                ? (user, context) -> new AuthorizationDecision(true)
                : role(roles, Role.VIEWER);
        http.authorizeHttpRequests(
                        requests -> requests.requestMatchers("/api/health", "/actuator/health", "/actuator/health/**")
                                .permitAll()
                                .requestMatchers("/api/login", "/api/login/oidc/**", "/api/logout", "/api/me")
                                .permitAll()
                                .requestMatchers("/api/tokens", "/api/tokens/**", "/api/users", "/api/users/**")
                                .access(role(roles, Role.ADMIN))
                                .requestMatchers(HttpMethod.GET, "/api/**", "/ws", "/stomp", "/stomp/**")
                                .access(read)
                                .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html")
                                .access(read)
                                .requestMatchers(HttpMethod.GET, "/swagger-ui/**", "/actuator/**")
                                .access(read)
                                .requestMatchers("/api/**")
                                .access(role(roles, Role.OPERATOR))
                                .anyRequest()
                                .permitAll())
                .authenticationManager(oidc == null ? authentication : oidc.authenticationManager(authentication))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> problems.write(
                        request, response, ProblemType.UNAUTHORIZED, "The credentials were not accepted.")))
                .addFilterBefore(
                        new CredentialsFilter(tokens, properties.api(), problems), BasicAuthenticationFilter.class)
                .csrf(csrf ->
                        csrf.spa().csrfTokenRepository(csrfTokens).requireCsrfProtectionMatcher(new SessionWrite()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> problems.write(
                                request,
                                response,
                                ProblemType.UNAUTHORIZED,
                                "Log in, or send a token or HTTP Basic credentials."))
                        .accessDeniedHandler((request, response, e) -> problems.write(
                                request,
                                response,
                                e instanceof CsrfException ? ProblemType.CSRF_REFUSED : ProblemType.FORBIDDEN,
                                e instanceof CsrfException
                                        ? "A write from the browser needs the X-XSRF-TOKEN header of the XSRF-TOKEN cookie."
                                        : "Your role may not do this.")))
                .headers(headers ->
                        headers.frameOptions(frame -> frame.sameOrigin()).cacheControl(cache -> cache.disable()))
                .cors(cors -> {}) // the dashboard origins of SystemConfig, preflights answered before any login
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable());
        if (oidc != null) {
            http.oauth2Login(oidc::configure);
        }
        return http.build();
    }

    /**
     * A path the firewall refuses (a {@code ..}, an encoded slash) is one the server does not have: 404, as
     * nginx answers it in front of the dashboard.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new HttpStatusRequestRejectedHandler(404);
    }

    private static AuthorizationManager<RequestAuthorizationContext> role(RoleHierarchy roles, Role role) {
        var manager = AuthorityAuthorizationManager.<RequestAuthorizationContext>hasRole(role.name());
        manager.setRoleHierarchy(roles);
        return manager;
    }

    /**
     * CSRF guards what a browser sends on its own: writes that come with a session cookie and no credentials
     * of their own (a token, Basic, X-API-Key), which no other site can forge. Without a session there is
     * nothing to forge, and the write is refused as anonymous.
     */
    private static final class SessionWrite implements RequestMatcher {

        @Override
        public boolean matches(HttpServletRequest request) {
            boolean write = !switch (request.getMethod()) {
                case "GET", "HEAD", "OPTIONS", "TRACE" -> true;
                default -> false;
            };
            return write
                    && request.getRequestedSessionId() != null
                    && request.getHeader("Authorization") == null
                    && request.getHeader(CredentialsFilter.API_KEY_HEADER) == null
                    && !request.getRequestURI().endsWith("/api/login");
        }
    }
}
