package com.amrs.core.shift;

import static com.amrs.core.Arguments.requireNonNull;
import static com.amrs.core.Arguments.requireText;

import java.time.LocalTime;

/** A shift by name and the plant-local time it starts; it runs until the next shift starts. */
public record ShiftDefinition(String name, LocalTime start) {

    public ShiftDefinition {
        requireText(name, "shift name");
        requireNonNull(start, "start of shift " + name);
    }
}
