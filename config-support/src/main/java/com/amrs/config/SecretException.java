package com.amrs.config;

import java.util.List;

/**
 * A secret the service refuses to start with (DESIGN.md §15): one line per problem, each naming its key or
 * variable and never the secret itself. {@link SecretFailureAnalyzer} prints them.
 */
public class SecretException extends RuntimeException {

    private final List<String> problems;

    SecretException(List<String> problems) {
        super("Refused secrets: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** The lines, e.g. {@code spring.datasource.password (environment variable DB_PASSWORD) has 8 characters, …}. */
    public List<String> problems() {
        return problems;
    }
}
