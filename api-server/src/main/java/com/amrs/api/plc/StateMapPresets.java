package com.amrs.api.plc;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * {@code state-map: packml} and {@code state-map: amrs} in the tag map: a named preset where a map is
 * expected. PackML (ISA-TR88.00.02): 6 Execute is RUNNING; 8 Aborting, 9 Aborted, 10 Holding, 11 Held
 * and 12 Unholding are DOWN; every other state (Stopped, Idle, Suspended, Starting, Complete, …) is IDLE.
 */
@Component
@ConfigurationPropertiesBinding
public class StateMapPresets implements Converter<String, Map<String, String>> {

    static final Map<String, String> PACKML = packmlStates();
    static final Map<String, String> AMRS = Map.of("RUNNING", "RUNNING", "IDLE", "IDLE", "DOWN", "DOWN");

    @Override
    public Map<String, String> convert(String preset) {
        return switch (preset.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "packml" -> PACKML;
            case "amrs" -> AMRS;
            default ->
                throw new IllegalArgumentException("unknown state map \"" + preset
                        + "\": packml, amrs, or a map of values to RUNNING, IDLE, DOWN such as {\"6\": RUNNING}");
        };
    }

    private static Map<String, String> packmlStates() {
        Map<String, String> states = new LinkedHashMap<>();
        states.put("6", "RUNNING");
        for (int down = 8; down <= 12; down++) {
            states.put(String.valueOf(down), "DOWN");
        }
        states.put(StateMap.OTHERWISE, "IDLE");
        return Map.copyOf(states);
    }
}
