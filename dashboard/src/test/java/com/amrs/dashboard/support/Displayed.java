package com.amrs.dashboard.support;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * How the page shows the API's numbers (the browser runs with --lang=en-US): what a user must
 * read in the cards for a given /api/kpis answer.
 */
public final class Displayed {

    private Displayed() {}

    public static String integer(long value) {
        return String.format(Locale.US, "%,d", value);
    }

    public static String percent(double value) {
        return String.format(Locale.US, "%,.2f%%", value);
    }

    public static String minutes(double value) {
        return String.format(Locale.US, "%,.2f min", value);
    }

    /**
     * An alert's time as the page shows it in the plant's zone (UTC in the tests): "10:02" today, "Dec 6, 10:02" on
     * another day of this year, "Dec 31, 2025, 08:00" before.
     */
    public static String alertTime(Instant instant) {
        ZonedDateTime at = instant.atZone(ZoneOffset.UTC);
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        String pattern = at.toLocalDate().equals(now.toLocalDate())
                ? "HH:mm"
                : at.getYear() == now.getYear() ? "MMM d, HH:mm" : "MMM d, yyyy, HH:mm";
        return DateTimeFormatter.ofPattern(pattern, Locale.US).format(at);
    }

    /** The text of each KPI card for this /api/kpis answer. */
    public static Map<String, String> cards(JsonNode kpis) {
        var texts = new LinkedHashMap<String, String>();
        DashboardPage.CARDS.forEach((id, field) -> {
            JsonNode value = kpis.required(field);
            texts.put(
                    id,
                    switch (field) {
                        case "total_units", "total_defects" -> integer(value.asLong());
                        case "avg_downtime", "total_downtime_min" -> minutes(value.asDouble());
                        default -> percent(value.asDouble());
                    });
        });
        return texts;
    }
}
