package com.amrs.config;

import java.util.Optional;
import java.util.Set;

/**
 * When a secret is too weak to start with (DESIGN.md §15): shorter than {@value #MIN_LENGTH} characters, or a
 * placeholder that .env.example ships. What it says never repeats the secret, only a placeholder.
 */
final class SecretRule {

    static final int MIN_LENGTH = 12;

    /** The values .env.example gives its secrets: public, so never a secret. */
    static final Set<String> PLACEHOLDERS = Set.of("change-me");

    private SecretRule() {}

    /** Why {@code value} is refused, or empty when it is strong enough; a blank value is "not set". */
    static Optional<String> weakness(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.of("is not set");
        }
        if (PLACEHOLDERS.contains(value)) {
            return Optional.of("is the placeholder \"" + value + "\" of .env.example: choose a secret of your own");
        }
        int length = value.codePointCount(0, value.length());
        if (length < MIN_LENGTH) {
            return Optional.of("has " + length + " characters: a secret needs at least " + MIN_LENGTH + " characters");
        }
        return Optional.empty();
    }
}
