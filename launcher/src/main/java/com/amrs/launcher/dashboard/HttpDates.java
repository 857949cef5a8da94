package com.amrs.launcher.dashboard;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** HTTP's dates (IMF-fixdate, RFC 9110 §5.6.7): {@code Thu, 01 Jan 1970 00:00:01 GMT}. */
final class HttpDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
            .withZone(ZoneOffset.UTC);

    private HttpDates() {}

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    static Optional<Instant> parse(String text) {
        try {
            return Optional.of(Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(text.strip())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
