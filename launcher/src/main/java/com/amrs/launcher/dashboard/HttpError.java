package com.amrs.launcher.dashboard;

/** A request this server answers with an error status and its page (400, 413, 431, …). */
final class HttpError extends Exception {

    private final int status;

    HttpError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
