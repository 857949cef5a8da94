package com.amrs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

/**
 * Starts a real Spring Boot application whose settings file reads environment variables the way
 * the services' application.yml does, with bad values, and reads the start-up failure it prints.
 */
@ExtendWith(OutputCaptureExtension.class)
class ConfigFailureAnalyzerTests {

    private static final String FILE = "[from class path resource [config-failure-analyzer-tests.yml]";

    @Test
    void namesTheKeyTheVariableAndTheValueThatCannotBeConverted(CapturedOutput output) {
        startFailsToBind("--SAMPLE_DAYS=seven");

        assertThat(output)
                .contains("APPLICATION FAILED TO START", "Invalid configuration:")
                .contains(
                        "  amrs.sample.days (environment variable SAMPLE_DAYS) = \"seven\": cannot be converted to int"
                                + " (For input string: \"seven\") " + FILE)
                .contains("Correct the value in the environment or in config/amrs.yml (file set by AMRS_CONFIG).");
    }

    @Test
    void namesTheTypeAValueCannotBeConvertedTo(CapturedOutput output) {
        startFailsToBind("--SAMPLE_ZONE=Mars/Olympus");

        assertThat(output)
                .contains("  amrs.sample.zone (environment variable SAMPLE_ZONE) = \"Mars/Olympus\": cannot be"
                        + " converted to ZoneId (Unknown time-zone ID: Mars/Olympus) " + FILE);
    }

    @Test
    void namesTheDashedKeyTheVariableAndTheBrokenConstraint(CapturedOutput output) {
        startFailsToBind("--SAMPLE_TICK_MS=5");

        assertThat(output)
                .contains("  amrs.sample.tick-ms (environment variable SAMPLE_TICK_MS) = \"5\": must be greater than or"
                        + " equal to 100 " + FILE);
    }

    @Test
    void namesTheIndexOfABadListEntryAndTheVariableOfTheList(CapturedOutput output) {
        startFailsToBind("--SAMPLE_RECEIVERS=nope,ops@example.com");

        assertThat(output)
                .contains("  amrs.sample.mail.receivers[0] (environment variable SAMPLE_RECEIVERS) = \"nope\": must be"
                        + " a well-formed email address " + FILE)
                .doesNotContain("receivers[1]");
    }

    @Test
    void listsEveryInvalidValueAndNamesNoVariableForAValueSetUnderItsKey(CapturedOutput output) {
        startFailsToBind("--SAMPLE_TICK_MS=5", "--amrs.sample.mail.port=70000");

        assertThat(output)
                .contains("  amrs.sample.tick-ms (environment variable SAMPLE_TICK_MS) = \"5\"")
                .contains("  amrs.sample.mail.port = \"70000\": must be less than or equal to 65535 [from"
                        + " \"amrs.sample.mail.port\" from property source \"commandLineArgs\"]");
    }

    @Test
    void reportsTheMessageOfAConstructorThatRefusesTheValues(CapturedOutput output) {
        startFailsToBind("--SAMPLE_BACKOFF=0s");

        assertThat(output).contains("Invalid configuration:", "  amrs.sample.backoff = \"PT0S\" must be at least 1ms");
    }

    @Test
    void leavesABadSettingOutsideAmrsToSpringBoot(CapturedOutput output) {
        startFailsToBind("--OTHER_DAYS=seven");

        assertThat(output)
                .contains("APPLICATION FAILED TO START", "Failed to bind properties under 'other.days' to int")
                .doesNotContain("Invalid configuration");
    }

    private static void startFailsToBind(String... settings) {
        String[] args = Stream.concat(
                        Stream.of("--spring.config.name=config-failure-analyzer-tests"), Stream.of(settings))
                .toArray(String[]::new);
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(Sample.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .run(args)
                .close());

        assertThat(Stream.iterate(failure, Objects::nonNull, Throwable::getCause))
                .anyMatch(BindException.class::isInstance);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({SampleProperties.class, OtherProperties.class})
    static class Sample {}

    @Validated
    @ConfigurationProperties("amrs.sample")
    record SampleProperties(
            @DefaultValue("7") @Min(1) int days,
            @DefaultValue("2000") @Min(100) int tickMs,
            @DefaultValue("UTC") ZoneId zone,
            @DefaultValue("5s") Duration backoff,
            @DefaultValue @Valid Mail mail) {

        SampleProperties {
            if (backoff.isZero()) {
                throw new IllegalArgumentException("amrs.sample.backoff = \"" + backoff + "\" must be at least 1ms");
            }
        }
    }

    record Mail(
            @DefaultValue("587") @Max(65535) int port,
            @DefaultValue List<@Email String> receivers) {}

    @ConfigurationProperties("other")
    record OtherProperties(@DefaultValue("7") int days) {}
}
