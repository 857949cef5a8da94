package com.amrs.api.alert;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How alerts read in mails, webhooks and the dashboard: "M-3 is DOWN (fault 101: Jam) since 10:02 — rule down". */
final class AlertTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ROOT);

    private AlertTexts() {}

    /** The firing text, kept with the alert: the time in the plant's zone, with the day unless it is today's. */
    static String firing(String rule, Finding finding, Instant now, ZoneId zone) {
        var since = finding.since().atZone(zone);
        String at = since.toLocalDate().equals(now.atZone(zone).toLocalDate())
                ? TIME.format(since)
                : DAY_AND_TIME.format(since);
        return finding.machineId() + " " + finding.summary() + " since " + at + " — rule " + rule;
    }

    static String resolved(String text, Duration lasted) {
        return "Resolved after " + duration(lasted) + ": " + text;
    }

    static String reminder(String text, Duration firing) {
        return "Still firing after " + duration(firing) + ", not acknowledged: " + text;
    }

    /** "40 s", "5 min", "2 h 5 min", "3 d 4 h". */
    static String duration(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return minutes % 60 == 0 ? hours + " h" : hours + " h " + minutes % 60 + " min";
        }
        return hours % 24 == 0 ? hours / 24 + " d" : hours / 24 + " d " + hours % 24 + " h";
    }

    /** 80 for 80.0, 92.5 as it is. */
    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
