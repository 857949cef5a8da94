package com.amrs.api.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a user may do (DESIGN.md §15): a viewer reads, an operator also writes production, stop reasons,
 * reports on demand and alert acknowledgements, an admin also manages users and tokens.
 */
public enum Role {
    VIEWER,
    OPERATOR,
    ADMIN;

    /** As stored and shown: {@code viewer}, {@code operator}, {@code admin}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public GrantedAuthority authority() {
        return new SimpleGrantedAuthority("ROLE_" + name());
    }

    public static Optional<Role> parse(String code) {
        return Arrays.stream(values()).filter(role -> role.code().equals(code)).findFirst();
    }

    /** The role an authentication's authorities grant, the highest one. */
    public static Optional<Role> of(Iterable<? extends GrantedAuthority> authorities) {
        Role highest = null;
        for (GrantedAuthority authority : authorities) {
            for (Role role : values()) {
                if (role.authority().getAuthority().equals(authority.getAuthority())
                        && (highest == null || role.compareTo(highest) > 0)) {
                    highest = role;
                }
            }
        }
        return Optional.ofNullable(highest);
    }
}
