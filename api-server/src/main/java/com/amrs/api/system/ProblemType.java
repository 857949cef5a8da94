package com.amrs.api.system;

import java.net.URI;
import org.springframework.http.HttpStatus;

/** The stable {@code type} URIs of the API's problem details (RFC 9457). */
public enum ProblemType {
    INVALID_REQUEST(HttpStatus.BAD_REQUEST, "Invalid request"),
    MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "Malformed request body"),
    UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "Authentication required"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "Forbidden"),
    CSRF_REFUSED(HttpStatus.FORBIDDEN, "CSRF token missing or wrong"),
    TOO_MANY_LOGINS(HttpStatus.TOO_MANY_REQUESTS, "Too many failed logins"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "Not found"),
    UNKNOWN_MACHINE(HttpStatus.NOT_FOUND, "Unknown machine"),
    UNKNOWN_PLANT(HttpStatus.NOT_FOUND, "Unknown plant"),
    PLANT_REQUIRED(HttpStatus.BAD_REQUEST, "Plant required"),
    NO_REPORT(HttpStatus.NOT_FOUND, "No report yet"),
    ALERT_NOT_FOUND(HttpStatus.NOT_FOUND, "Unknown alert"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    DUPLICATE_RECORD(HttpStatus.CONFLICT, "Duplicate record"),
    MACHINE_NOT_STOPPED(HttpStatus.CONFLICT, "Machine not stopped"),
    ALERT_RESOLVED(HttpStatus.CONFLICT, "Alert resolved"),
    KEPT_BY_THE_PLANT(HttpStatus.CONFLICT, "Kept by the plant"),
    USER_EXISTS(HttpStatus.CONFLICT, "User exists"),
    LAST_ADMIN(HttpStatus.CONFLICT, "Last admin"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error"),
    WRITES_DISABLED(HttpStatus.SERVICE_UNAVAILABLE, "Writes are disabled"),
    DATABASE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable");

    private static final String PREFIX = "urn:amrs:problem:";

    private final HttpStatus status;
    private final String title;

    ProblemType(HttpStatus status, String title) {
        this.status = status;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** E.g. {@code urn:amrs:problem:invalid-request}. */
    public URI uri() {
        return URI.create(PREFIX + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }

    /** The type of a problem that only has a status, e.g. one Spring MVC raised itself. */
    static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> INVALID_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 409 -> DUPLICATE_RECORD;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 503 -> DATABASE_UNAVAILABLE;
            default -> INTERNAL_ERROR;
        };
    }
}
