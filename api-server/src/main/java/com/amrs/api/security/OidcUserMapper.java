package com.amrs.api.security;

import com.amrs.api.system.PlantAccess;
import com.amrs.config.plant.PlantProperties;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
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
 * three roles is refused: no session. The claim {@code amrs.security.oidc.plants-claim} limits the user to the plants
 * it lists (DESIGN.md §19); without it the user reads every plant, with it only the plant ids it names.
 */
final class OidcUserMapper implements Converter<OidcUserSource, OidcUser> {

    /** The error of a refused user without a role. */
    static final String NO_ROLE = "no_role";

    private static final Logger log = LoggerFactory.getLogger(OidcUserMapper.class);
    private static final List<String> NAME_CLAIMS = List.of("preferred_username", "email", "sub");

    private final String rolesClaim;
    private final String plantsClaim;

    OidcUserMapper(String rolesClaim, String plantsClaim) {
        this.rolesClaim = rolesClaim;
        this.plantsClaim = plantsClaim;
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
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(role.get().authority());
        plants(claims, plantsClaim).map(PlantAccess::onlyThese).ifPresent(authorities::addAll);
        return new DefaultOidcUser(authorities, idToken, source.getUserInfo(), nameClaim);
    }

    /** The highest AMRS role the claim names, found by its name or else as a dotted path into nested claims. */
    static Optional<Role> role(Map<String, Object> claims, String rolesClaim) {
        return strings(claims, rolesClaim)
                .map(name -> Role.parse(name.trim().toLowerCase(Locale.ROOT)))
                .flatMap(Optional::stream)
                .max(Role::compareTo);
    }

    /** The plant ids the claim lists, when the provider sends it; what is not a plant id is left out. */
    static Optional<List<String>> plants(Map<String, Object> claims, String plantsClaim) {
        if (claim(claims, plantsClaim) == null) {
            return Optional.empty();
        }
        return Optional.of(strings(claims, plantsClaim)
                .map(String::trim)
                .filter(PlantProperties::isPlantId)
                .toList());
    }

    private static Stream<String> strings(Map<String, Object> claims, String name) {
        Object value = claim(claims, name);
        Collection<?> values = value instanceof Collection<?> list ? list : value == null ? List.of() : List.of(value);
        return values.stream().filter(String.class::isInstance).map(String.class::cast);
    }

    private static Object claim(Map<String, Object> claims, String name) {
        return claims.containsKey(name) ? claims.get(name) : nested(claims, name);
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
