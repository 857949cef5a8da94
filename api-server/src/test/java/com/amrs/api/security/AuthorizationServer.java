package com.amrs.api.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect provider for the OIDC login's tests: Spring Authorization Server on a free port of
 * 127.0.0.1, started once per test JVM (the api-server is called as {@code localhost}, so the two keep their
 * cookies apart). Client {@value #CLIENT_ID} with a secret and no consent page; users alice (roles {@code
 * ["operator"]}), bob ({@code ["admin"]}) and eve (none), password {@value #PASSWORD}, log in on its own login
 * form; their ID tokens carry {@code preferred_username} and {@code roles}. A Spring Boot application of its
 * own with only what it needs: none of the api-server's settings, beans or auto-configuration.
 */
final class AuthorizationServer {

    static final String CLIENT_ID = "amrs-api-server";
    static final String CLIENT_SECRET = "authorization-server-test-secret";
    static final String PASSWORD = "identity-provider-password";

    private static final Map<String, List<String>> ROLES =
            Map.of("alice", List.of("operator"), "bob", List.of("admin"), "eve", List.of(), "carol", List.of("viewer"));
    /** The plants claim of a user the provider limits to plants (DESIGN.md §19). */
    private static final Map<String, List<String>> PLANTS = Map.of("carol", List.of("north", "south"));

    private static ConfigurableApplicationContext provider;
    private static String issuer;

    private AuthorizationServer() {}

    /** The provider's issuer, {@code http://127.0.0.1:PORT}; started on first use. */
    static synchronized String issuer() {
        if (provider == null) {
            provider = new SpringApplicationBuilder(Provider.class)
                    .web(WebApplicationType.SERVLET)
                    .bannerMode(Banner.Mode.OFF)
                    .properties(
                            "spring.config.name=authorization-server", // not the api-server's application.yml
                            "server.address=127.0.0.1",
                            "server.port=0",
                            "server.servlet.session.cookie.name=PROVIDER_SESSION")
                    .run();
            issuer = "http://127.0.0.1:"
                    + ((WebServerApplicationContext) provider).getWebServer().getPort();
        }
        return issuer;
    }

    /** Lets the client come back to exactly {@code redirectUri}: the api-server's port is known after it started. */
    static synchronized void allowRedirect(String redirectUri) {
        issuer();
        var clients = provider.getBean(RegisteredClientRepository.class);
        var client = clients.findByClientId(CLIENT_ID);
        clients.save(RegisteredClient.from(client)
                .redirectUris(uris -> uris.add(redirectUri))
                .build());
    }

    /** Not a {@code @Configuration}: the api-server's component scan, which sees the test classes, passes it by. */
    @EnableWebSecurity
    @ImportAutoConfiguration({
        TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class
    })
    static class Provider {

        @Bean
        @Order(1)
        SecurityFilterChain endpoints(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> {
                        http.securityMatcher(server.getEndpointsMatcher());
                        server.oidc(Customizer.withDefaults());
                    })
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"),
                            new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain loginForm(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        UserDetailsService users() {
            return new InMemoryUserDetailsManager(ROLES.keySet().stream()
                    .map(name -> User.withUsername(name)
                            .password("{noop}" + PASSWORD)
                            .roles("USER")
                            .build())
                    .toList());
        }

        @Bean
        RegisteredClientRepository clients() {
            return new InMemoryRegisteredClientRepository(
                    RegisteredClient.withId(UUID.randomUUID().toString())
                            .clientId(CLIENT_ID)
                            .clientSecret("{noop}" + CLIENT_SECRET)
                            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                            .redirectUri("http://localhost/not-yet") // allowRedirect adds the api-server's
                            .scope(OidcScopes.OPENID)
                            .scope(OidcScopes.PROFILE)
                            .clientSettings(ClientSettings.builder()
                                    .requireAuthorizationConsent(false)
                                    .build())
                            .build());
        }

        /** The roles claim, the plants claim and the name the api-server takes, in the ID token. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims() {
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    String name = context.getPrincipal().getName();
                    context.getClaims().claim("preferred_username", name);
                    if (!ROLES.getOrDefault(name, List.of()).isEmpty()) {
                        context.getClaims().claim("roles", ROLES.get(name));
                    }
                    if (PLANTS.containsKey(name)) {
                        context.getClaims().claim("amrs_plants", PLANTS.get(name));
                    }
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            return new ImmutableJWKSet<>(new JWKSet(new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .build()));
        }

        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
