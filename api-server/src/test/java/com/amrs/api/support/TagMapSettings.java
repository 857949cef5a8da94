package com.amrs.api.support;

import com.amrs.api.support.acme.AcmePlc;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Writes an {@code amrs.plcs} tag map into a test context's properties, as config/amrs.yml would. */
public final class TagMapSettings {

    private final DynamicPropertyRegistry registry;
    private final String key;
    private int machines;

    private TagMapSettings(DynamicPropertyRegistry registry, int index, String name, Supplier<Object> url) {
        this.registry = registry;
        this.key = "amrs.plcs[" + index + "]";
        registry.add(key + ".name", () -> name);
        registry.add(key + ".url", url);
    }

    public static TagMapSettings plc(DynamicPropertyRegistry registry, int index, String name, Supplier<Object> url) {
        return new TagMapSettings(registry, index, name, url);
    }

    /** Basic256Sha256 SignAndEncrypt with this login. */
    public TagMapSettings secured(String username, String password, boolean trustOnFirstUse) {
        registry.add(key + ".security.policy", () -> "Basic256Sha256");
        registry.add(key + ".security.mode", () -> "SignAndEncrypt");
        registry.add(key + ".security.username", () -> username);
        registry.add(key + ".security.password", () -> password);
        registry.add(key + ".security.trust-on-first-use", () -> trustOnFirstUse);
        return this;
    }

    public TagMapSettings discoverSimulator() {
        registry.add(key + ".discover", () -> "amrs-simulator");
        return this;
    }

    /** An AcmePlc machine under its own name, its states in PackML. */
    public TagMapSettings acmeMachine(AcmePlc plc, String machine) {
        return machine(machine, plc.nodes(machine), "packml");
    }

    public TagMapSettings machine(String id, Map<String, String> nodes, String stateMap) {
        return machine(id, nodes, stateMap, "0.05s");
    }

    /** @param idealCycleTime as the tag map spells it, {@code 2s} */
    public TagMapSettings machine(String id, Map<String, String> nodes, String stateMap, String idealCycleTime) {
        String machineKey = key + ".machines[" + machines++ + "]";
        registry.add(machineKey + ".id", () -> id);
        registry.add(machineKey + ".state-map", () -> stateMap);
        registry.add(machineKey + ".ideal-cycle-time", () -> idealCycleTime);
        nodes.forEach((signal, node) -> registry.add(machineKey + ".nodes[" + signal + "]", () -> node));
        return this;
    }

    public TagMapSettings acmeMachines(AcmePlc plc, List<String> names) {
        names.forEach(name -> acmeMachine(plc, name));
        return this;
    }
}
