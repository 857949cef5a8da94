package com.amrs.config;

import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** Prints a refused secret the way {@link ConfigFailureAnalyzer} prints a bad setting: one line per key. */
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecretFailureAnalyzer extends AbstractFailureAnalyzer<SecretException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SecretException failure) {
        return new FailureAnalysis(
                "Invalid configuration:%n%s"
                        .formatted(failure.problems().stream()
                                .map(problem -> "  " + problem)
                                .collect(Collectors.joining(System.lineSeparator()))),
                "Set each secret named above to a random value of at least " + SecretRule.MIN_LENGTH
                        + " characters (e.g. openssl rand -base64 24), in the environment, in .env, or in a file"
                        + " named by the variable with _FILE appended (DB_PASSWORD_FILE=/run/secrets/db_password).",
                failure);
    }
}
