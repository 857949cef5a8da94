package com.amrs.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserSource;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;

/** The role and the name of a user who logged in at the OpenID Connect provider, from the provider's claims. */
class OidcUserMapperTests {

    private static final Instant NOW = Instant.parse("2026-01-26T10:00:00Z");

    @Test
    void theRoleIsAStringOrAListInAnyCaseAndTheHighestWins() {
        assertThat(OidcUserMapper.role(Map.of("roles", "operator"), "roles")).hasValue(Role.OPERATOR);
        assertThat(OidcUserMapper.role(Map.of("roles", List.of("Viewer", "ADMIN", "operator")), "roles"))
                .hasValue(Role.ADMIN);
        assertThat(OidcUserMapper.role(Map.of("groups", List.of(" viewer ")), "groups"))
                .hasValue(Role.VIEWER);
    }

    @Test
    void thePlantsClaimListsThePlantIdsAndWithoutItEveryPlantIsRead() {
        assertThat(OidcUserMapper.plants(Map.of("roles", "viewer"), "amrs_plants"))
                .as("no claim: every plant")
                .isEmpty();
        assertThat(OidcUserMapper.plants(Map.of("amrs_plants", List.of(" north", "south", "a/b", 7)), "amrs_plants"))
                .hasValue(List.of("north", "south"));
        assertThat(OidcUserMapper.plants(Map.of("amrs_plants", "north"), "amrs_plants"))
                .hasValue(List.of("north"));
        assertThat(OidcUserMapper.plants(Map.of("amrs_plants", List.of()), "amrs_plants"))
                .as("the claim with no plant: none")
                .hasValue(List.of());
        assertThat(OidcUserMapper.plants(Map.of("app", Map.of("plants", List.of("east"))), "app.plants"))
                .hasValue(List.of("east"));
    }

    @Test
    void otherValuesGiveNoRole() {
        assertThat(OidcUserMapper.role(Map.of("roles", List.of("offline_access", "uma_authorization")), "roles"))
                .isEmpty();
        assertThat(OidcUserMapper.role(Map.of("roles", List.of()), "roles")).isEmpty();
        assertThat(OidcUserMapper.role(Map.of("roles", 3), "roles")).isEmpty();
        assertThat(OidcUserMapper.role(Map.of("roles", List.of(Map.of("name", "admin"))), "roles"))
                .isEmpty();
        assertThat(OidcUserMapper.role(Map.of("groups", "admin"), "roles"))
                .as("another claim")
                .isEmpty();
    }

    @Test
    void aDottedClaimIsAPathIntoNestedClaimsUnlessAClaimHasThatName() {
        Map<String, Object> keycloak = Map.of("realm_access", Map.of("roles", List.of("default-roles", "operator")));
        assertThat(OidcUserMapper.role(keycloak, "realm_access.roles")).hasValue(Role.OPERATOR);
        assertThat(OidcUserMapper.role(Map.of("amrs.role", "viewer"), "amrs.role"))
                .hasValue(Role.VIEWER);
        assertThat(OidcUserMapper.role(keycloak, "realm_access.roles.x")).isEmpty();
    }

    @Test
    void theNameIsPreferredUsernameElseEmailElseSub() {
        assertThat(OidcUserMapper.nameClaim(
                        Map.of("sub", "f81d4fae", "email", "alice@plant.example", "preferred_username", "alice")))
                .isEqualTo("preferred_username");
        assertThat(OidcUserMapper.nameClaim(
                        Map.of("sub", "f81d4fae", "email", "alice@plant.example", "preferred_username", " ")))
                .isEqualTo("email");
        assertThat(OidcUserMapper.nameClaim(Map.of("sub", "f81d4fae"))).isEqualTo("sub");
    }

    @Test
    void theUserHasExactlyTheRolesAuthorityAndItsName() {
        var mapper = new OidcUserMapper("roles", "amrs_plants");
        var idToken = idToken(Map.of("email", "olga@plant.example", "roles", List.of("viewer")));
        var userInfo = new OidcUserInfo(Map.of("sub", "f81d4fae", "roles", List.of("operator")));

        var user = mapper.convert(new OidcUserSource(request(idToken), userInfo, null));

        assertThat(user.getName()).isEqualTo("olga@plant.example");
        assertThat(user.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_OPERATOR");
    }

    @Test
    void aUserWithoutARoleIsRefused() {
        var mapper = new OidcUserMapper("roles", "amrs_plants");

        assertThatExceptionOfType(OAuth2AuthenticationException.class)
                .isThrownBy(() -> mapper.convert(new OidcUserSource(request(idToken(Map.of("roles", "guest"))))))
                .satisfies(e -> assertThat(e.getError().getErrorCode()).isEqualTo(OidcUserMapper.NO_ROLE));
    }

    private static OidcIdToken idToken(Map<String, Object> claims) {
        return OidcIdToken.withTokenValue("id-token")
                .subject("f81d4fae")
                .issuedAt(NOW)
                .expiresAt(NOW.plusSeconds(300))
                .claims(all -> all.putAll(claims))
                .build();
    }

    private static OidcUserRequest request(OidcIdToken idToken) {
        var registration = ClientRegistration.withRegistrationId("amrs")
                .clientId("amrs")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/api/login/oidc/callback/{registrationId}")
                .authorizationUri("https://login.example.com/authorize")
                .tokenUri("https://login.example.com/token")
                .build();
        var accessToken =
                new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access-token", NOW, NOW.plusSeconds(300));
        return new OidcUserRequest(registration, accessToken, idToken);
    }
}
