package com.amrs.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SecretRuleTests {

    @Test
    void refusesThePlaceholderOfDotEnvExample() {
        assertThat(SecretRule.weakness("change-me"))
                .hasValue("is the placeholder \"change-me\" of .env.example: choose a secret of your own");
    }

    @Test
    void refusesElevenCharactersAndAcceptsTwelve() {
        assertThat(SecretRule.weakness("abcdefghijk"))
                .hasValue("has 11 characters: a secret needs at least 12 characters");
        assertThat(SecretRule.weakness("abcdefghijkl")).isEmpty();
    }

    @Test
    void countsCharactersNotUtf16Units() {
        assertThat(SecretRule.weakness("🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑"))
                .hasValue("has 11 characters: a secret needs at least 12 characters");
    }

    @Test
    void anEmptySecretIsNotSet() {
        assertThat(SecretRule.weakness("")).hasValue("is not set");
        assertThat(SecretRule.weakness(null)).hasValue("is not set");
    }

    @Test
    void refusesEverySecretValueDotEnvExampleShips() throws IOException {
        Map<String, String> shipped = secretsOf(Path.of("..", ".env.example"));

        assertThat(shipped).containsKey("DB_PASSWORD");
        shipped.forEach((name, value) ->
                assertThat(SecretRule.weakness(value)).as(name + "=" + value).isPresent());
    }

    /** The secrets' {@code NAME=value} lines of .env.example, commented ones included. */
    private static Map<String, String> secretsOf(Path file) throws IOException {
        Pattern line = Pattern.compile("^#?\\s*([A-Z][A-Z0-9_]*)=(.*)$");
        return Files.readAllLines(file).stream()
                .map(line::matcher)
                .filter(Matcher::matches)
                .filter(matcher -> SecretsCheck.VARIABLES.contains(matcher.group(1)))
                .collect(Collectors.toMap(matcher -> matcher.group(1), matcher -> matcher.group(2)));
    }
}
