package com.amrs.api.plc;

import com.amrs.api.plc.PlcProperties.Plc;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the tag map of DESIGN.md §12 and turns it into {@link PlcDefinition}s. Every problem is an
 * {@link IllegalArgumentException} whose message starts with the key and the value, so that start-up
 * stops naming them.
 */
public final class TagMap {

    private static final Pattern NAME = Pattern.compile("[a-z0-9-]+");

    private TagMap() {}

    public static List<PlcDefinition> parse(List<Plc> plcs) {
        List<PlcDefinition> definitions = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> machineIds = new HashSet<>();
        for (int i = 0; i < plcs.size(); i++) {
            String key = "amrs.plcs[" + i + "]";
            PlcDefinition plc = plc(key, plcs.get(i), machineIds);
            if (!names.add(plc.name())) {
                throw invalid(key + ".name", plc.name(), "another PLC has this name already");
            }
            definitions.add(plc);
        }
        return List.copyOf(definitions);
    }

    static IllegalArgumentException invalid(String key, Object value, String reason) {
        return new IllegalArgumentException(key + " = \"" + value + "\": " + reason);
    }

    private static PlcDefinition plc(String key, Plc plc, Set<String> machineIds) {
        String name = plc.name();
        if (name == null || !NAME.matcher(name).matches()) {
            throw invalid(key + ".name", name, "a PLC needs a name of lower-case letters, digits and -");
        }
        String url = plc.url();
        if (url == null || !url.startsWith("opc.tcp://")) {
            throw invalid(key + ".url", url, "an OPC-UA endpoint URL, opc.tcp://host:port/path");
        }
        if (plc.pollInterval() != null
                && (plc.pollInterval().isNegative() || plc.pollInterval().isZero())) {
            throw invalid(key + ".poll-interval", plc.pollInterval(), "must be positive");
        }
        PlcSecurity security = SecuritySettings.parse(key + ".security", plc.security());
        boolean discover = discover(key, plc);
        List<MachineTags> machines = discover ? List.of() : MachineTagParser.machines(key, plc, machineIds);
        return new PlcDefinition(name, url, plc.pollInterval(), security, discover, machines);
    }

    private static boolean discover(String key, Plc plc) {
        if (plc.discover() == null || plc.discover().isBlank()) {
            if (plc.machines().isEmpty() && plc.machineTemplate() == null) {
                throw invalid(key + ".machines", "[]", "name the PLC's machines, or discover: amrs-simulator");
            }
            return false;
        }
        if (!PlcDefinition.DISCOVER_SIMULATOR.equals(plc.discover())) {
            throw invalid(key + ".discover", plc.discover(), "the only discovery is amrs-simulator");
        }
        if (!plc.machines().isEmpty() || plc.machineTemplate() != null) {
            throw invalid(key + ".discover", plc.discover(), "a discovered PLC names no machines of its own");
        }
        return true;
    }
}
