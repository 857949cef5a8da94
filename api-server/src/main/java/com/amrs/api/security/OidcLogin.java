package com.amrs.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OAuth2LoginConfigurer;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;

/**
 * The login at an OpenID Connect provider (DESIGN.md §15, {@code amrs.security.oidc}), in the API's filter
 * chain and under {@code /api/} like every path nginx and the dashboard port pass on: {@code GET
 * /api/login/oidc/amrs} sends the browser to the provider, which sends it back to {@code
 * /api/login/oidc/callback/amrs}. Then the session is the password login's kind (a new session id, CSRF on its
 * writes) and the browser goes to the dashboard, {@code /}; a refused or failed login goes to {@code
 * /?login_error=no-role}, {@code unavailable} (the provider did not answer) or {@code failed}, which the page
 * shows, and never to a session.
 */
final class OidcLogin {

    static final String AUTHORIZATION = "/api/login/oidc";
    static final String CALLBACK = AUTHORIZATION + "/callback";
    /** Where the dashboard's "Log in with single sign-on" goes. */
    static final String START = AUTHORIZATION + "/" + IssuerClientRegistrations.ID;

    private static final Logger log = LoggerFactory.getLogger(OidcLogin.class);

    private final IssuerClientRegistrations registrations;
    private final OidcAuthorizationCodeAuthenticationProvider provider;

    OidcLogin(SecurityProperties.Oidc oidc) {
        this.registrations = new IssuerClientRegistrations(oidc);
        var users = new OidcUserService();
        users.setOidcUserConverter(new OidcUserMapper(oidc.rolesClaim(), oidc.plantsClaim()));
        this.provider = new OidcAuthorizationCodeAuthenticationProvider(
                new RestClientAuthorizationCodeTokenResponseClient(), users);
    }

    /**
     * The chain's authentication manager: the provider's answer (code, tokens, user) checked here, every other
     * login by {@code passwords}. The chain has a manager of its own, so the providers that {@code oauth2Login}
     * registers with it are never asked.
     */
    AuthenticationManager authenticationManager(AuthenticationManager passwords) {
        return new ProviderManager(List.of(provider), passwords);
    }

    void configure(OAuth2LoginConfigurer<HttpSecurity> login) {
        var success = new SimpleUrlAuthenticationSuccessHandler("/");
        success.setAlwaysUseDefaultTargetUrl(true);
        login.clientRegistrationRepository(registrations)
                // the provider's tokens are not used after the login: they stay in the session, and go with it
                .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                .loginPage("/") // the dashboard's login form: no login page of Spring Security's own
                .authorizationEndpoint(endpoint -> endpoint.baseUri(AUTHORIZATION))
                .redirectionEndpoint(endpoint -> endpoint.baseUri(CALLBACK + "/*"))
                .successHandler(success)
                .failureHandler(OidcLogin::failed)
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler(OidcLogin::failed); // not a bare 500
                        return filter;
                    }
                });
    }

    private static void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String error = error(e);
        if (!error.equals("no-role")) {
            log.warn("OIDC login failed: {}", e.getMessage());
        }
        response.sendRedirect(request.getContextPath() + "/?login_error=" + error);
    }

    /** What the dashboard is told: {@code no-role}, {@code unavailable} or {@code failed}, nothing more. */
    static String error(AuthenticationException e) {
        if (e instanceof OAuth2AuthenticationException refused
                && OidcUserMapper.NO_ROLE.equals(refused.getError().getErrorCode())) {
            return "no-role";
        }
        boolean unavailable = Stream.<Throwable>iterate(e, cause -> cause != null, Throwable::getCause)
                .anyMatch(IssuerClientRegistrations.ProviderUnavailableException.class::isInstance);
        return unavailable ? "unavailable" : "failed";
    }
}
