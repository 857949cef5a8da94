package com.amrs.api.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserSource;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Who logged in at the OpenID Connect provider, in AMRS's terms (DESIGN.md §15): the role from the claim
 * {@code amrs.security.oidc.roles-claim} of the ID token or the user info (a string or a list of strings;
 * viewer, operator or admin in any case, the highest wins; others ignored), and the name from {@code
 * preferred_username}, else {@code email}, else {@code sub}, as audits record it. A user with none of the
 * three roles is refused: no session.
 */
final class OidcUserMapper implements Converter<OidcUserSource, OidcUser> {

    /** The error of a refused user without a role. */
    static final String NO_ROLE = "no_role";

    private static final Logger log = LoggerFactory.getLogger(OidcUserMapper.class);
    private static final List<String> NAME_CLAIMS = List.of("preferred_username", "email", "sub");

    private final String rolesClaim;

    OidcUserMapper(String rolesClaim) {
        this.rolesClaim = rolesClaim;
    }

    @Override
    public OidcUser convert(OidcUserSource source) {
        OidcIdToken idToken = source.getUserRequest().getIdToken();
        Map<String, Object> claims = new HashMap<>(idToken.getClaims());
        if (source.getUserInfo() != null) {
            claims.putAll(source.getUserInfo().getClaims());
        }
        String nameClaim = nameClaim(claims);
        Optional<Role> role = role(claims, rolesClaim);
        if (role.isEmpty()) {
            log.warn(
                    "OIDC login of '{}' refused: no viewer, operator or admin in its claim '{}'",
                    claims.get(nameClaim),
                    rolesClaim);
            throw new OAuth2AuthenticationException(new OAuth2Error(NO_ROLE, "The user has no AMRS role.", null));
        }
        return new DefaultOidcUser(List.of(role.get().authority()), idToken, source.getUserInfo(), nameClaim);
    }

    /** The highest AMRS role the claim names, found by its name or else as a dotted path into nested claims. */
    static Optional<Role> role(Map<String, Object> claims, String rolesClaim) {
        Object value = claims.containsKey(rolesClaim) ? claims.get(rolesClaim) : nested(claims, rolesClaim);
        Collection<?> names = value instanceof Collection<?> list ? list : value == null ? List.of() : List.of(value);
        return names.stream()
                .filter(String.class::isInstance)
                .map(name -> Role.parse(((String) name).trim().toLowerCase(Locale.ROOT)))
                .flatMap(Optional::stream)
                .max(Role::compareTo);
    }

    /** The claim that names the user: the first of preferred_username, email and sub that has a value. */
    static String nameClaim(Map<String, Object> claims) {
        return NAME_CLAIMS.stream()
                .filter(claim -> claims.get(claim) instanceof String value && !value.isBlank())
                .findFirst()
                .orElse("sub");
    }

    private static Object nested(Map<String, Object> claims, String path) {
        Object value = claims;
        for (String part : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(part);
        }
        return value;
    }
}
