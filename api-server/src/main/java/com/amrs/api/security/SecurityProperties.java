package com.amrs.api.security;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
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
 */
@Validated
@ConfigurationProperties("amrs.security")
public record SecurityProperties(
        @DefaultValue("false") boolean anonymousRead,
        String adminPassword,
        @DefaultValue("5") @Min(1) @Max(100) int loginAttempts,
        @DefaultValue("60s") Duration loginLockout) {

    public SecurityProperties {
        if (loginLockout != null && (loginLockout.isNegative() || loginLockout.isZero())) {
            throw new IllegalArgumentException("amrs.security.login-lockout must be positive, was " + loginLockout);
        }
    }
}
