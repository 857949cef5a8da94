package com.amrs.api.alert;

import java.util.Map;
import java.util.function.Predicate;

/**
 * What a condition says of the machines now.
 *
 * @param holding by machine, where the condition holds
 * @param undecided machines it cannot judge now (their PLC not yet read since the start): a firing alert of
 *     theirs neither resolves nor fires again
 */
record Findings(Map<String, Finding> holding, Predicate<String> undecided) {

    Findings {
        holding = Map.copyOf(holding);
    }

    static Findings of(Map<String, Finding> holding) {
        return new Findings(holding, machine -> false);
    }
}
