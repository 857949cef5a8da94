package com.amrs.launcher;

/** A command cannot go on: its message is printed after {@code amrs: } and the launcher exits with the code. */
public class LauncherException extends RuntimeException {

    private final int exitCode;

    public LauncherException(String message) {
        this(message, 1);
    }

    public LauncherException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
