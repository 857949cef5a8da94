package com.amrs.core.shift;

import static com.amrs.core.Arguments.requireNonNull;
import static com.amrs.core.Arguments.requireText;

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * A shift by name, the plant-local time it starts and its breaks; it runs until the next shift
 * starts. The calendar checks that the breaks lie inside the shift and do not overlap.
 */
public record ShiftDefinition(String name, LocalTime start, List<ShiftBreak> breaks) {

    public ShiftDefinition {
        requireText(name, "shift name");
        requireNonNull(start, "start of shift " + name);
        breaks = breaks == null ? List.of() : breaks;
        if (breaks.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("the breaks of shift " + name + " must not contain null");
        }
        breaks = List.copyOf(breaks);
    }

    /** A shift without breaks. */
    public ShiftDefinition(String name, LocalTime start) {
        this(name, start, List.of());
    }
}
