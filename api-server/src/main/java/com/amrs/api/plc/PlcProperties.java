package com.amrs.api.plc;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The PLCs of DESIGN.md §12 ({@code amrs.plcs}, the tag map) and where the client's certificate and
 * trust lists live ({@code amrs.pki-dir}). Checked whole at start-up: a bad entry stops the service
 * naming its key, e.g. {@code amrs.plcs[0].machines[1].nodes.state}.
 */
@ConfigurationProperties("amrs")
public record PlcProperties(
        @DefaultValue List<Plc> plcs,
        @DefaultValue(".amrs/pki") Path pkiDir,
        @DefaultValue Simulator simulator) {

    public PlcProperties {
        TagMap.parse(plcs);
    }

    /** The PLCs to poll: the tag map's, or our simulator at {@code defaultUrl} when it names none. */
    public List<PlcDefinition> definitions(String defaultUrl, Duration defaultPollInterval) {
        List<PlcDefinition> definitions = plcs.isEmpty()
                ? List.of(
                        PlcDefinition.simulator(defaultUrl, simulator.security().login()))
                : TagMap.parse(plcs);
        return definitions.stream()
                .map(plc -> plc.withDefaults(defaultPollInterval))
                .toList();
    }

    /** The shared plant file's {@code amrs.simulator}: the login of its secured mode, for the default PLC. */
    public record Simulator(@DefaultValue SimulatorSecurity security) {}

    /** {@code OPCUA_USERNAME}, {@code OPCUA_PASSWORD}: blank for anonymous access. */
    public record SimulatorSecurity(
            @Nullable String username, @Nullable String password) {

        PlcSecurity login() {
            return username == null || username.isBlank()
                    ? PlcSecurity.NONE
                    : new PlcSecurity(
                            SecurityPolicy.Basic256Sha256,
                            MessageSecurityMode.SignAndEncrypt,
                            username,
                            password,
                            true);
        }
    }

    /**
     * @param pollInterval time between two polls; the api-server's {@code amrs.api.poll-interval} when unset
     * @param discover {@code amrs-simulator}: the machines are browsed under {@code Objects/Plant} (DESIGN.md §3)
     */
    public record Plc(
            @Nullable String name,
            @Nullable String url,
            @Nullable Duration pollInterval,
            @DefaultValue Security security,
            @Nullable String discover,
            @DefaultValue List<Machine> machines,
            @Nullable MachineTemplate machineTemplate) {}

    public record Security(
            @DefaultValue("None") String policy,
            @DefaultValue("None") String mode,
            @Nullable String username,
            @Nullable String password,
            boolean trustOnFirstUse) {}

    /** @param idealCycleTime a duration such as {@code 0.8s} or {@code 800ms}; a bare number is seconds */
    public record Machine(
            @Nullable String id,
            @Nullable String idealCycleTime,
            @DefaultValue Map<String, String> nodes,
            @Nullable Map<String, String> stateMap) {}

    /** Many alike machines: the keys of a machine, with {@code {id}} replaced in every NodeId. */
    public record MachineTemplate(
            @DefaultValue List<String> ids,
            @Nullable String idealCycleTime,
            @DefaultValue Map<String, String> nodes,
            @Nullable Map<String, String> stateMap) {}
}
