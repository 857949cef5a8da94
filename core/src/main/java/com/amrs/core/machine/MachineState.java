package com.amrs.core.machine;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a machine is doing, as its PLC reports it in the {@code State} variable. */
public enum MachineState {
    RUNNING,
    IDLE,
    DOWN;

    /** Case-insensitive, ignores surrounding blanks; empty for null or an unknown name. */
    public static Optional<MachineState> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
    }
}
