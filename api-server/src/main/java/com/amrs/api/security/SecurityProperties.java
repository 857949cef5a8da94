package com.amrs.api.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;
import org.springframework.validation.annotation.Validated;

/**
 * {@code amrs.security} (DESIGN.md §15).
 *
 * @param anonymousRead every read and both live streams answer without login, as before users existed
 *     ({@code AMRS_SECURITY_ANONYMOUS_READ}); writes still need a role or {@code X-API-Key}
 * @param adminPassword the first admin's password ({@code AMRS_ADMIN_PASSWORD}): user {@code admin} is
 *     created with it when no user exists yet
 * @param loginAttempts failed logins per user and address before the next must wait
 * @param loginLockout how long a user and address wait after that many failures
 * @param oidc the single sign-on of an OpenID Connect provider, off while its issuer is not set
 */
@Validated
@ConfigurationProperties("amrs.security")
public record SecurityProperties(
        @DefaultValue("false") boolean anonymousRead,
        String adminPassword,
        @DefaultValue("5") @Min(1) @Max(100) int loginAttempts,
        @DefaultValue("60s") Duration loginLockout,
        @DefaultValue @Valid Oidc oidc) {

    public SecurityProperties {
        if (loginLockout != null && (loginLockout.isNegative() || loginLockout.isZero())) {
            throw new IllegalArgumentException("amrs.security.login-lockout must be positive, was " + loginLockout);
        }
    }

    /**
     * {@code amrs.security.oidc}: log in at an OpenID Connect provider (Keycloak, Entra ID, …).
     *
     * @param issuerUri the provider's issuer ({@code AMRS_OIDC_ISSUER_URI}); empty: no single sign-on
     * @param clientId the api-server's client at the provider ({@code AMRS_OIDC_CLIENT_ID}), required with an
     *     issuer
     * @param clientSecret its secret ({@code AMRS_OIDC_CLIENT_SECRET}); empty for a public client
     * @param rolesClaim the claim of the ID token or user info that holds the user's AMRS role ({@code
     *     AMRS_OIDC_ROLES_CLAIM}), a name or a dotted path ({@code realm_access.roles})
     */
    public record Oidc(
            String issuerUri,
            String clientId,
            String clientSecret,
            @DefaultValue("roles") String rolesClaim,
            @DefaultValue("amrs_plants") String plantsClaim) {

        static final String DEFAULT_ROLES_CLAIM = "roles";
        static final String DEFAULT_PLANTS_CLAIM = "amrs_plants";

        public Oidc {
            issuerUri = StringUtils.hasText(issuerUri) ? issuerUri.trim() : null;
            clientId = StringUtils.hasText(clientId) ? clientId.trim() : null;
            clientSecret = StringUtils.hasLength(clientSecret) ? clientSecret : null;
            rolesClaim = StringUtils.hasText(rolesClaim) ? rolesClaim.trim() : DEFAULT_ROLES_CLAIM;
            plantsClaim = StringUtils.hasText(plantsClaim) ? plantsClaim.trim() : DEFAULT_PLANTS_CLAIM;
            if (issuerUri != null && !isHttpUrl(issuerUri)) {
                throw new IllegalArgumentException(
                        "amrs.security.oidc.issuer-uri (AMRS_OIDC_ISSUER_URI) must be an http" + " or https URL, was \""
                                + issuerUri + "\"");
            }
            if (issuerUri != null && clientId == null) {
                throw new IllegalArgumentException("amrs.security.oidc.client-id (AMRS_OIDC_CLIENT_ID) must be set when"
                        + " amrs.security.oidc.issuer-uri (AMRS_OIDC_ISSUER_URI) is, was empty");
            }
        }

        /** Whether the login with the provider is offered. */
        public boolean enabled() {
            return issuerUri != null;
        }

        private static boolean isHttpUrl(String text) {
            try {
                URI uri = new URI(text);
                return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                        && uri.getHost() != null;
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }
}
