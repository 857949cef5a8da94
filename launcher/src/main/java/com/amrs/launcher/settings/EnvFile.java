package com.amrs.launcher.settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code KEY=VALUE} lines as docker compose reads them: no shell evaluation ({@code REPORT_CRON=0 0 8 * * *} is
 * one value), optional quotes, {@code export}, comments and blank lines skipped.
 */
public final class EnvFile {

    private static final Pattern LINE = Pattern.compile("^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$");
    private static final Pattern QUOTED = Pattern.compile("^\"(.*)\"\\s*$|^'(.*)'\\s*$");

    private EnvFile() {}

    public static Map<String, String> read(Path file) {
        Map<String, String> values = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return values;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Matcher matcher = LINE.matcher(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
                if (matcher.matches()) {
                    values.putIfAbsent(matcher.group(1), value(matcher.group(2)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return values;
    }

    private static String value(String raw) {
        Matcher quoted = QUOTED.matcher(raw);
        if (quoted.matches()) {
            return quoted.group(1) != null ? quoted.group(1) : quoted.group(2);
        }
        for (int i = 1; i < raw.length(); i++) {
            if (raw.charAt(i) == '#' && Character.isWhitespace(raw.charAt(i - 1))) {
                return raw.substring(0, i).stripTrailing();
            }
        }
        return raw.stripTrailing();
    }
}
