package com.amrs.launcher.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** nginx.conf's {@code expires} directives, which touch only the statuses nginx lists for them. */
enum Expiry {
    /** {@code expires epoch}: revalidated on every use. */
    EPOCH,
    /** {@code expires 1y}. */
    YEAR;

    private static final Set<Integer> STATUSES = Set.of(200, 201, 204, 206, 301, 302, 303, 304, 307, 308);
    private static final Duration YEAR_LONG = Duration.ofDays(365);

    void addTo(Headers headers, int status) {
        if (!STATUSES.contains(status)) {
            return;
        }
        if (this == EPOCH) {
            headers.set("Expires", HttpDates.format(Instant.ofEpochSecond(1)));
            headers.set("Cache-Control", "no-cache");
        } else {
            headers.set("Expires", HttpDates.format(Instant.now().plus(YEAR_LONG)));
            headers.set("Cache-Control", "max-age=" + YEAR_LONG.toSeconds());
        }
    }
}
