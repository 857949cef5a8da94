package com.amrs.api.alert.notify;

import java.util.Locale;

/** Why a notification is sent: the alert fired, resolved, or still fires unacknowledged. */
public enum NotificationEvent {
    FIRING,
    RESOLVED,
    REMINDER;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The webhook body's {@code state}: a reminder is about a firing alert. */
    String state() {
        return this == RESOLVED ? "resolved" : "firing";
    }
}
