package com.amrs.launcher.command;

import com.amrs.launcher.process.Http;
import java.util.regex.Pattern;

/** The state of the reporting pipeline's start-up report, from {@code /actuator/health}'s {@code startupReport}. */
final class StartupReport {

    private static final Pattern STATE =
            Pattern.compile("\"startupReport\"\\s*:\\s*\\{[^}]*?\"state\"\\s*:\\s*\"([a-z ]+)\"");

    private StartupReport() {}

    /** {@code queued}, {@code running}, {@code done}, {@code failed}; {@code unknown} when the health says none. */
    static String state(int port) {
        return Http.get("http://localhost:" + port + "/actuator/health")
                .map(STATE::matcher)
                .filter(java.util.regex.Matcher::find)
                .map(matcher -> matcher.group(1))
                .orElse("unknown");
    }
}
