package com.amrs.api.support.acme;

/** The four variables of every machine: the AMRS signal name and the variable's browse name. */
enum Signal {
    GOOD_COUNT("good_count", "GoodCount"),
    REJECT_COUNT("reject_count", "BadCount"),
    STATE("state", "MachineState"),
    FAULT_CODE("fault_code", "StopReason");

    private final String key;
    private final String browseName;

    Signal(String key, String browseName) {
        this.key = key;
        this.browseName = browseName;
    }

    /** The signal's key in an {@code amrs.plcs[].machines[].nodes} tag map. */
    String key() {
        return key;
    }

    String browseName() {
        return browseName;
    }
}
