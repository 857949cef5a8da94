package com.amrs.config;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.bind.validation.ValidationErrors;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.origin.Origin;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.validation.FieldError;

/**
 * Reports a bad {@code amrs.*} setting with its key, its value, the environment variable that sets
 * it and where the value came from. Runs before Spring Boot's own bind analyzers; every service
 * that has this module gets it through the module's {@code META-INF/spring.factories}.
 *
 * <p>The variable is the one the key's value reads: {@code days: ${REPORT_DAYS:7}} in a service's
 * application.yml or in config/amrs.yml names {@code REPORT_DAYS}, so no service keeps a list of
 * its variables. A value written into a file or given under the key itself names no variable, as
 * setting one would not change it.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConfigFailureAnalyzer extends AbstractFailureAnalyzer<BindException> {

    private static final ConfigurationPropertyName AMRS = ConfigurationPropertyName.of("amrs");

    /** A value that is one placeholder of an environment variable, with or without a default. */
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::[^${}]*)?}");

    private final Environment environment;

    ConfigFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BindException failure) {
        if (!AMRS.equals(failure.getName()) && !AMRS.isAncestorOf(failure.getName())) {
            return null;
        }
        List<String> problems = failure.getCause() instanceof BindValidationException invalid
                ? validationProblems(invalid.getValidationErrors())
                : List.of(bindingProblem(failure));
        return new FailureAnalysis(
                "Invalid configuration:%n%s".formatted(String.join(System.lineSeparator(), problems)),
                "Correct the value in the environment or in config/amrs.yml (file set by AMRS_CONFIG).",
                failure);
    }

    /** A value that could not be converted, or a record whose constructor refused the values. */
    private String bindingProblem(BindException failure) {
        ConfigurationProperty property = failure.getProperty();
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        if (property == null) {
            String message = keyedMessage(failure).orElse(String.valueOf(cause.getMessage()));
            return "  " + (message.startsWith("amrs.") ? message : failure.getName() + ": " + message);
        }
        String value = environment == null
                ? String.valueOf(property.getValue())
                : environment.resolvePlaceholders(String.valueOf(property.getValue()));
        String reason = "cannot be converted to "
                + failure.getTarget().getType().resolve(Object.class).getSimpleName() + " (" + cause.getMessage()
                + ")";
        return describe(property.getName().toString(), value, reason, property.getOrigin());
    }

    /**
     * The outermost message in the causes that names its key ({@code amrs.…}): a record that wraps a
     * refusal from core in one naming the key keeps core's exception as its cause.
     */
    private static Optional<String> keyedMessage(BindException failure) {
        return Stream.iterate(failure.getCause(), Objects::nonNull, Throwable::getCause)
                .map(Throwable::getMessage)
                .filter(message -> message != null && message.startsWith("amrs."))
                .findFirst();
    }

    private List<String> validationProblems(ValidationErrors errors) {
        return errors.getAllErrors().stream()
                .map(error -> error instanceof FieldError field
                        ? describe(
                                errors.getName() + "." + dashed(field.getField()),
                                field.getRejectedValue(),
                                field.getDefaultMessage(),
                                Origin.from(field))
                        : "  " + errors.getName() + ": " + error.getDefaultMessage())
                .toList();
    }

    private String describe(String key, Object value, String reason, Origin origin) {
        ConfigurationProperty property = find(key);
        String variable = property == null ? null : variable(property.getValue());
        Origin from = origin == null && property != null ? property.getOrigin() : origin;
        return "  %s%s = \"%s\": %s%s"
                .formatted(
                        key,
                        variable == null ? "" : " (environment variable " + variable + ")",
                        value,
                        reason,
                        from == null ? "" : " [from " + from + "]");
    }

    /**
     * The setting that gave the key its value, unresolved: the first property source, in the
     * environment's order, with the key, or for a list entry ({@code receivers[0]}) with the list.
     */
    private ConfigurationProperty find(String key) {
        ConfigurationPropertyName name = ConfigurationPropertyName.ofIfValid(key);
        if (name == null || !(environment instanceof ConfigurableEnvironment)) {
            return null;
        }
        ConfigurationPropertyName list = name;
        while (list.isLastElementIndexed()) {
            list = list.getParent();
        }
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            ConfigurationProperty property = source.getConfigurationProperty(name);
            if (property == null && list != name) {
                property = source.getConfigurationProperty(list);
            }
            if (property != null) {
                return property;
            }
        }
        return null;
    }

    private static String variable(Object value) {
        Matcher placeholder = VARIABLE.matcher(String.valueOf(value));
        return placeholder.matches() ? placeholder.group(1) : null;
    }

    private static String dashed(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
