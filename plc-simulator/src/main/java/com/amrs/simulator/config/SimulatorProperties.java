package com.amrs.simulator.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The simulator's settings, under {@code amrs.simulator}.
 *
 * @param port OPC-UA TCP port ({@code OPCUA_PORT})
 * @param machines number of simulated machines ({@code SIM_MACHINES})
 * @param tickMs simulated time per tick and wall-clock time between ticks ({@code SIM_TICK_MS})
 * @param seed the same seed gives the same history ({@code SIM_SEED})
 * @param hostnames extra host names for the advertised endpoint URLs, e.g. the compose service
 *     name ({@code OPCUA_HOSTNAMES}, comma separated)
 * @param security username login over Basic256Sha256 instead of anonymous access, when set
 */
@Validated
@ConfigurationProperties("amrs.simulator")
public record SimulatorProperties(
        @DefaultValue("4840") @Min(1) @Max(65535) int port,
        @DefaultValue("3") @Min(1) @Max(100_000) int machines,
        @DefaultValue("2000") @Min(100) int tickMs,
        @DefaultValue("42") long seed,
        @DefaultValue List<@NotBlank String> hostnames,
        @DefaultValue @Valid Security security) {

    public Duration tick() {
        return Duration.ofMillis(tickMs);
    }

    /**
     * @param username ({@code OPCUA_USERNAME}) blank: anonymous login on an unsecured endpoint
     * @param password ({@code OPCUA_PASSWORD})
     * @param pkiDir ({@code OPCUA_PKI_DIR}) where the server certificate of the secured mode is kept, made at
     *     first start: the same one after every restart, so that a collector trusts it once
     */
    public record Security(
            String username,
            String password,
            @DefaultValue(".amrs/simulator-pki") Path pkiDir) {

        public boolean enabled() {
            return username != null && !username.isBlank();
        }

        @AssertTrue(message = "a password (OPCUA_PASSWORD) is required with a username (OPCUA_USERNAME)")
        public boolean isPasswordSet() {
            return !enabled() || (password != null && !password.isBlank());
        }
    }
}
