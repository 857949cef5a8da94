package com.amrs.reporting.config;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.bind.validation.ValidationErrors;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.origin.Origin;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.validation.FieldError;

/**
 * Reports a bad {@code amrs.*} setting with its key, its value, the environment variable that
 * usually sets it and where the value came from. Runs before Spring Boot's own bind analyzers.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConfigFailureAnalyzer extends AbstractFailureAnalyzer<BindException> {

    private static final Map<String, String> ENVIRONMENT_VARIABLES = Map.ofEntries(
            Map.entry("amrs.plant.timezone", "PLANT_TIMEZONE"),
            Map.entry("amrs.report.days", "REPORT_DAYS"),
            Map.entry("amrs.report.cron", "REPORT_CRON"),
            Map.entry("amrs.report.dir", "REPORTS_DIR"),
            Map.entry("amrs.report.mail.host", "SMTP_SERVER"),
            Map.entry("amrs.report.mail.port", "SMTP_PORT"),
            Map.entry("amrs.report.mail.starttls", "SMTP_STARTTLS"),
            Map.entry("amrs.report.mail.sender", "EMAIL_SENDER"),
            Map.entry("amrs.report.mail.receivers", "EMAIL_RECEIVER"));

    private final Environment environment;

    ConfigFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BindException failure) {
        if (!failure.getName().toString().startsWith("amrs")) {
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

    private String bindingProblem(BindException failure) {
        ConfigurationProperty property = failure.getProperty();
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        if (property == null) {
            String message = String.valueOf(cause.getMessage());
            return "  " + (message.startsWith("amrs.") ? message : failure.getName() + ": " + message);
        }
        String value = environment.resolvePlaceholders(String.valueOf(property.getValue()));
        String reason = "cannot be converted to "
                + failure.getTarget().getType().resolve(Object.class).getSimpleName() + " (" + cause.getMessage()
                + ")";
        return describe(property.getName().toString(), value, reason, property.getOrigin());
    }

    private static List<String> validationProblems(ValidationErrors errors) {
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

    private static String describe(String key, Object value, String reason, Origin origin) {
        String variable = ENVIRONMENT_VARIABLES.get(key.replaceAll("\\[\\d+]$", ""));
        return "  %s%s = \"%s\": %s%s"
                .formatted(
                        key,
                        variable == null ? "" : " (environment variable " + variable + ")",
                        value,
                        reason,
                        origin == null ? "" : " [from " + origin + "]");
    }

    private static String dashed(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
