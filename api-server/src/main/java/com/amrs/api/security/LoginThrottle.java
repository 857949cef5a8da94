package com.amrs.api.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Failed logins per user and address (DESIGN.md §15): after {@code amrs.security.login-attempts} failures
 * the pair waits {@code login-lockout}, logged once; a success forgets the failures.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    /** Pairs kept at most: an attacker spraying names cannot fill the memory. */
    private static final int MAX_TRACKED = 100_000;

    private record Key(String username, String address) {}

    private record Failures(int count, Instant lockedUntil) {}

    private final Map<Key, Failures> failures = new ConcurrentHashMap<>();
    private final int attempts;
    private final Duration lockout;
    private final Clock clock;

    LoginThrottle(SecurityProperties properties, Clock clock) {
        this.attempts = properties.loginAttempts();
        this.lockout = properties.loginLockout();
        this.clock = clock;
    }

    /** How long the pair must still wait, if it must. */
    Optional<Duration> waiting(String username, String address) {
        Failures entry = failures.get(new Key(username, address));
        if (entry == null || entry.lockedUntil() == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), entry.lockedUntil());
        return left.isPositive() ? Optional.of(left) : Optional.empty();
    }

    void failed(String username, String address) {
        if (failures.size() >= MAX_TRACKED) {
            failures.clear();
        }
        Failures entry = failures.merge(
                new Key(username, address),
                new Failures(1, null),
                (old, one) -> new Failures(old.lockedUntil() == null ? old.count() + 1 : 1, null));
        if (entry.count() >= attempts) {
            failures.put(
                    new Key(username, address), new Failures(0, clock.instant().plus(lockout)));
            log.warn(
                    "Login of user '{}' from {} locked for {} after {} failed attempts",
                    username,
                    address,
                    lockout,
                    attempts);
        }
    }

    void succeeded(String username, String address) {
        failures.remove(new Key(username, address));
    }
}
