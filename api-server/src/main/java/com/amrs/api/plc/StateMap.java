package com.amrs.api.plc;

import com.amrs.core.machine.MachineState;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a machine's {@code state} node maps to RUNNING, IDLE or DOWN. A value the map does not name
 * gives the {@code "*"} entry, if there is one, else no state (validation repairs and logs it).
 */
public final class StateMap {

    public static final String OTHERWISE = "*";

    private final Map<String, MachineState> states;

    private StateMap(Map<String, MachineState> states) {
        this.states = Map.copyOf(states);
    }

    /**
     * From a tag map's {@code state-map} (the presets {@code packml} and {@code amrs} arrive already
     * expanded by {@link StateMapPresets}); throws naming the entry that is no state.
     */
    public static StateMap of(Map<String, String> entries) {
        Map<String, MachineState> states = new LinkedHashMap<>();
        entries.forEach((value, state) -> states.put(
                normalise(value),
                MachineState.parse(state)
                        .orElseThrow(() -> new IllegalArgumentException(
                                "\"" + value + "\" maps to \"" + state + "\", which is none of RUNNING, IDLE, DOWN"))));
        return new StateMap(states);
    }

    public static StateMap amrs() {
        return of(StateMapPresets.AMRS);
    }

    public static StateMap packml() {
        return of(StateMapPresets.PACKML);
    }

    /** The state a node's value means: a String, an integer of any width, or a Boolean. */
    public Optional<MachineState> map(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        MachineState state = states.get(normalise(text(value)));
        return Optional.ofNullable(state != null ? state : states.get(OTHERWISE));
    }

    private static String text(Object value) {
        if (value instanceof Number number) {
            try {
                return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return number.toString();
            }
        }
        return value.toString();
    }

    private static String normalise(String value) {
        return value.strip().toUpperCase(Locale.ROOT);
    }
}
