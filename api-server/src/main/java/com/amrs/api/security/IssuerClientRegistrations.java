package com.amrs.api.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The OIDC login's one client registration, {@value #ID}, made from the provider's discovery document ({@code
 * <issuer>/.well-known/openid-configuration}) at the first login, not at start-up: the api-server starts, and
 * serves all else, while the provider is away; a login meanwhile fails with {@link ProviderUnavailableException}
 * and the next one asks again. Once read, the document is kept until the api-server restarts.
 *
 * <p>Not {@link Iterable}: Spring Security would list the registrations, and so ask the provider, at start-up.
 */
final class IssuerClientRegistrations implements ClientRegistrationRepository {

    static final String ID = "amrs";

    private static final Logger log = LoggerFactory.getLogger(IssuerClientRegistrations.class);

    private final SecurityProperties.Oidc oidc;
    private volatile ClientRegistration registration;

    IssuerClientRegistrations(SecurityProperties.Oidc oidc) {
        this.oidc = oidc;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (registration == null) {
                registration = discover();
            }
            return registration;
        }
    }

    private ClientRegistration discover() {
        ClientRegistration.Builder builder;
        try {
            builder = ClientRegistrations.fromIssuerLocation(oidc.issuerUri());
        } catch (RuntimeException e) {
            log.warn("OIDC login unavailable: no discovery document from {} ({})", oidc.issuerUri(), e.getMessage());
            throw new ProviderUnavailableException(oidc.issuerUri(), e);
        }
        builder.registrationId(ID)
                .clientName("single sign-on")
                .clientId(oidc.clientId())
                .clientSecret(oidc.clientSecret() == null ? "" : oidc.clientSecret())
                .scope("openid", "profile")
                .redirectUri("{baseUrl}" + OidcLogin.CALLBACK + "/{registrationId}");
        if (oidc.clientSecret() == null) {
            builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE); // a public client, with PKCE
        }
        log.info("OIDC login: provider {} found, client {}", oidc.issuerUri(), oidc.clientId());
        return builder.build();
    }

    /** The provider did not answer its discovery document: the login waits for it, nothing else does. */
    static final class ProviderUnavailableException extends IllegalStateException {

        ProviderUnavailableException(String issuer, Throwable cause) {
            super("The OpenID Connect provider " + issuer + " did not answer", cause);
        }
    }
}
