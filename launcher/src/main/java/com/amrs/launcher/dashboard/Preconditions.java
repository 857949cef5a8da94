package com.amrs.launcher.dashboard;

import java.time.Instant;
import java.util.Arrays;

/**
 * nginx's not_modified filter for a file's answer: 412 when If-Unmodified-Since or If-Match fails,
 * 304 when If-None-Match and If-Modified-Since (the exact time, {@code if_modified_since exact})
 * both say the client's copy is current, else 200.
 */
final class Preconditions {

    private Preconditions() {}

    static int status(Headers request, String etag, Instant lastModified) {
        var unmodifiedSince = request.first("If-Unmodified-Since").flatMap(HttpDates::parse);
        if (unmodifiedSince.isPresent() && lastModified.isAfter(unmodifiedSince.get())) {
            return 412;
        }
        var match = request.first("If-Match");
        if (match.isPresent() && !matches(match.get(), etag, false)) {
            return 412;
        }
        var noneMatch = request.first("If-None-Match");
        var modifiedSince = request.first("If-Modified-Since");
        if (noneMatch.isEmpty() && modifiedSince.isEmpty()) {
            return 200;
        }
        boolean modified = modifiedSince
                .map(since ->
                        HttpDates.parse(since).filter(lastModified::equals).isEmpty())
                .orElse(false);
        boolean changed = noneMatch.map(tags -> !matches(tags, etag, true)).orElse(false);
        return modified || changed ? 200 : 304;
    }

    /** Whether a list of entity tags, or "*", names {@code etag}; the weak comparison ignores W/. */
    private static boolean matches(String tags, String etag, boolean weak) {
        if (tags.strip().equals("*")) {
            return true;
        }
        return Arrays.stream(tags.split(","))
                .map(String::strip)
                .anyMatch(tag -> weak ? opaque(tag).equals(opaque(etag)) : tag.equals(etag));
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
