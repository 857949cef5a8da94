package com.amrs.core.validation;

import static com.amrs.core.Arguments.requireNonNull;
import static com.amrs.core.Arguments.requireText;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines of {@code reports/validation_log.txt}: {@code timestamp machine field old new rule},
 * separated by single spaces, e.g. {@code 2026-01-26T08:00:05Z OPC-UA-M1 defective_units 120 100
 * defects_above_units}. Whitespace inside a value becomes {@code _}, so every line has exactly six
 * space-separated columns and no line break.
 */
public final class ValidationLogLine {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private ValidationLogLine() {}

    public static String format(Instant timestamp, String machineId, ValidationFix fix) {
        requireNonNull(timestamp, "timestamp");
        requireText(machineId, "machineId");
        requireNonNull(fix, "fix");
        return String.join(
                " ",
                timestamp.toString(),
                clean(machineId),
                clean(fix.field()),
                clean(fix.oldValue()),
                clean(fix.newValue()),
                fix.rule().code());
    }

    /** One line per fix of the result, stamped with its record's timestamp and machine. */
    public static List<String> lines(ValidationResult result) {
        var record = result.record();
        return result.fixes().stream()
                .map(fix -> format(record.timestamp(), record.machineId(), fix))
                .toList();
    }

    private static String clean(String value) {
        return WHITESPACE.matcher(value.strip()).replaceAll("_");
    }
}
