package com.amrs.core.downtime;

import java.util.Locale;

/** Whether a stop was planned (a changeover, maintenance: less planned time) or not (an availability loss). */
public enum StopCategory {
    PLANNED,
    UNPLANNED;

    private final String code = name().toLowerCase(Locale.ROOT);

    /** The name in the configuration, the database and JSON: {@code planned}, {@code unplanned}. */
    public String code() {
        return code;
    }

    public static StopCategory parse(String code) {
        for (StopCategory category : values()) {
            if (category.code().equals(code)) {
                return category;
            }
        }
        throw new IllegalArgumentException("a stop category is planned or unplanned, was " + code);
    }
}
