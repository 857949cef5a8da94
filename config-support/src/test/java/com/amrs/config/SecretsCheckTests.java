package com.amrs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Objects;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mockito;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real Spring Boot application whose settings file reads the secrets' variables the way the
 * services' application.yml does, and reads the start-up failure it prints.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsCheckTests {

    static final String STRONG = "k7Qm2xVb9Rt4Lp";
    private static final String DB_KEY = "spring.datasource.password (environment variable DB_PASSWORD)";

    @Test
    void refusesThePlaceholderNamingTheKeyAndTheVariable(CapturedOutput output) {
        startFails(WithDatabase.class, "--DB_PASSWORD=change-me");

        assertThat(output)
                .contains("APPLICATION FAILED TO START", "Invalid configuration:")
                .contains("  " + DB_KEY + " is the placeholder \"change-me\" of .env.example: choose a secret of"
                        + " your own")
                .contains("Set each secret named above to a random value of at least 12 characters");
    }

    @Test
    void refusesElevenCharactersWithoutPrintingThem(CapturedOutput output) {
        startFails(WithDatabase.class, "--DB_PASSWORD=abcdefghijk");

        assertThat(output)
                .contains("  " + DB_KEY + " has 11 characters: a secret needs at least 12 characters")
                .doesNotContain("abcdefghijk");
    }

    @Test
    void startsWithTwelveCharacters() {
        start(WithDatabase.class, "--DB_PASSWORD=abcdefghijkl").close();
    }

    @Test
    void refusesADatabaseWithoutPassword(CapturedOutput output) {
        startFails(WithDatabase.class);

        assertThat(output).contains("  " + DB_KEY + " is not set");
    }

    @Test
    void aServiceWithoutDatabaseNeedsNoDatabasePassword() {
        start(WithoutDatabase.class).close();
    }

    @Test
    void checksTheValueTheKeyEndsUpWithWhereverItIsSet(CapturedOutput output) {
        startFails(WithDatabase.class, "--DB_PASSWORD=" + STRONG, "--spring.datasource.password=postgres");

        assertThat(output).contains("  " + DB_KEY + " has 8 characters");
    }

    @Test
    void anUnsetApiKeyOrAdminPasswordIsOffButAWeakOneIsRefused(CapturedOutput output) {
        start(WithDatabase.class, "--DB_PASSWORD=" + STRONG).close();

        startFails(WithDatabase.class, "--DB_PASSWORD=" + STRONG, "--API_KEY=test-key", "--AMRS_ADMIN_PASSWORD=admin");

        assertThat(output)
                .contains("  amrs.sample.admin-password (environment variable AMRS_ADMIN_PASSWORD) has 5 characters")
                .contains("  amrs.sample.api-key (environment variable API_KEY) has 8 characters")
                .doesNotContain("spring.datasource.password (");
    }

    @Test
    void listsEveryWeakSecretAtOnce(CapturedOutput output) {
        startFails(WithDatabase.class, "--DB_PASSWORD=change-me", "--API_KEY=short");

        assertThat(output).contains("  " + DB_KEY + " is the placeholder", "  amrs.sample.api-key (");
    }

    @Test
    void leavesOtherPasswordsAlone() {
        start(WithDatabase.class, "--DB_PASSWORD=" + STRONG, "--EMAIL_PASSWORD=x")
                .close();
    }

    static ConfigurableApplicationContext start(Class<?> application, String... settings) {
        String[] args = Stream.concat(Stream.of("--spring.config.name=secrets-tests"), Stream.of(settings))
                .toArray(String[]::new);
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .run(args);
    }

    static void startFails(Class<?> application, String... settings) {
        Throwable failure = catchThrowable(() -> start(application, settings).close());

        assertThat(Stream.iterate(failure, Objects::nonNull, Throwable::getCause))
                .anyMatch(SecretException.class::isInstance);
    }

    @Configuration(proxyBeanMethods = false)
    static class WithDatabase {

        @Bean
        DataSource dataSource() {
            return Mockito.mock(DataSource.class);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class WithoutDatabase {}
}
