package com.amrs.api.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who the current request speaks for, as audits and stop reasons record it. */
public final class Principals {

    private Principals() {}

    /** The user's name, {@code token:NAME}, {@code api-key}, or {@code anonymous}. */
    public static String current() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user == null || user instanceof AnonymousAuthenticationToken ? "anonymous" : user.getName();
    }
}
