package com.amrs.api.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who the current request speaks for, as audits and stop reasons record it. */
public final class Principals {

    private Principals() {}

    /** As wide as the columns that record who did something ({@code audit_events}, {@code machine_stops}). */
    static final int MAX_LENGTH = 64;

    /**
     * The user's name, {@code token:NAME}, {@code api-key}, or {@code anonymous}; cut to {@value #MAX_LENGTH}
     * characters (a single sign-on's e-mail address can be longer).
     */
    public static String current() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        String name = user == null || user instanceof AnonymousAuthenticationToken ? "anonymous" : user.getName();
        return name.length() <= MAX_LENGTH ? name : name.substring(0, MAX_LENGTH);
    }
}
