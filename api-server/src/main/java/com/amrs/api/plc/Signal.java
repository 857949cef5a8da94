package com.amrs.api.plc;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a mapped PLC node means to AMRS: the keys of a machine's {@code nodes} in the tag map. */
public enum Signal {
    TOTAL_COUNT,
    GOOD_COUNT,
    REJECT_COUNT,
    STATE,
    FAULT_CODE,
    DOWNTIME_SECONDS,
    IDEAL_CYCLE_TIME_SECONDS;

    /** The name in config/amrs.yml, e.g. {@code good_count}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The signal a tag map key names, whatever its case and separators (Spring drops {@code _} from map keys). */
    public static Optional<Signal> fromKey(String key) {
        String bare = bare(key);
        return Arrays.stream(values())
                .filter(signal -> bare(signal.key()).equals(bare))
                .findFirst();
    }

    private static String bare(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }
}
