package com.amrs.api.alert;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** When an alert fires (DESIGN.md §17): the {@code when} of a rule. */
public enum Condition {
    /** The machine is DOWN for the rule's {@code for}. */
    MACHINE_DOWN,
    /** No unit made for {@code for} while its shift plans production. */
    NO_PRODUCTION,
    /** The yield over {@code window} is below {@code threshold} per cent. */
    YIELD_BELOW,
    /** The OEE over {@code window} is below {@code threshold} per cent. */
    OEE_BELOW,
    /** The machine's PLC does not answer for {@code for}. */
    PLC_UNREACHABLE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean hasThreshold() {
        return this == YIELD_BELOW || this == OEE_BELOW;
    }

    static Optional<Condition> parse(String code) {
        return Arrays.stream(values())
                .filter(condition -> condition.code().equals(code))
                .findFirst();
    }

    static String codes() {
        return Arrays.stream(values()).map(Condition::code).collect(Collectors.joining(", "));
    }
}
