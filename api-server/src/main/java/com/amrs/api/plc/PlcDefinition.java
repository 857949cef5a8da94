package com.amrs.api.plc;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One PLC as the collector connects to it: a checked tag map entry.
 *
 * @param pollInterval null until {@link #withDefaults} fills in the api-server's poll interval
 * @param discoverSimulator whether the machines are browsed (our simulator) instead of mapped
 */
public record PlcDefinition(
        String name,
        String url,
        @Nullable Duration pollInterval,
        PlcSecurity security,
        boolean discoverSimulator,
        List<MachineTags> machines) {

    public static final String SIMULATOR_NAME = "sim";
    public static final String DISCOVER_SIMULATOR = "amrs-simulator";

    /**
     * The one PLC there is when {@code amrs.plcs} is empty: our simulator at {@code OPCUA_SERVER_URL}, in
     * its secured mode when a login is given (its certificate trusted on first use).
     */
    public static PlcDefinition simulator(String url, PlcSecurity security) {
        return new PlcDefinition(SIMULATOR_NAME, url, null, security, true, List.of());
    }

    public PlcDefinition withDefaults(Duration defaultPollInterval) {
        return pollInterval != null
                ? this
                : new PlcDefinition(name, url, defaultPollInterval, security, discoverSimulator, machines);
    }
}
