package com.amrs.dashboard;

import com.amrs.dashboard.support.PlantStack;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The browser console's errors that count. Until the api-server has its live stream (issue 4: no
 * {@code /api/websocket/status} yet), Chromium logs each failed connection attempt to /stomp; only
 * those are left out, and only while the api-server has no live stream at all.
 */
final class ConsoleErrors {

    private static final Logger log = LoggerFactory.getLogger(ConsoleErrors.class);

    private ConsoleErrors() {}

    static List<String> withoutMissingLiveStream(List<String> errors, PlantStack stack) {
        boolean noLiveStream = stack.api().get("/api/websocket/status").statusCode() == 404;
        if (!noLiveStream) {
            return errors;
        }
        List<String> stompAttempts = errors.stream()
                .filter(error -> error.contains("WebSocket connection to") && error.contains("/stomp"))
                .toList();
        if (!stompAttempts.isEmpty()) {
            log.warn(
                    "The api-server has no live stream yet (issue 4): ignoring {} failed /stomp connection attempts",
                    stompAttempts.size());
        }
        return errors.stream().filter(error -> !stompAttempts.contains(error)).toList();
    }
}
