package com.amrs.launcher.dashboard;

import java.util.List;

/** nginx.conf's {@code add_header … always} lines, added to every answer, proxied ones too. */
final class SecurityHeaders {

    static final List<Headers.Field> FIELDS = List.of(
            new Headers.Field("X-Content-Type-Options", "nosniff"),
            new Headers.Field("Referrer-Policy", "same-origin"),
            new Headers.Field("X-Frame-Options", "SAMEORIGIN"),
            new Headers.Field(
                    "Content-Security-Policy",
                    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:;"
                            + " connect-src 'self' ws: wss:; object-src 'none'; base-uri 'self'; frame-ancestors 'self'"));

    private SecurityHeaders() {}

    /** Adds them beside any of the same name, as add_header does to a proxied answer. */
    static void addTo(Headers headers) {
        FIELDS.forEach(field -> headers.add(field.name(), field.value()));
    }
}
