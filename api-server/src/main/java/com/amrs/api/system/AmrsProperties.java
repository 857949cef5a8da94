package com.amrs.api.system;

import com.amrs.config.plant.PlantProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The api-server's settings: the shared plant file's {@code amrs.plant} and {@code amrs.machines}
 * plus this service's {@code amrs.api}. A bad value stops start-up with a message naming its key.
 */
@Validated
@ConfigurationProperties("amrs")
public record AmrsProperties(
        @DefaultValue("plant") @NotNull PlantMode mode,
        @DefaultValue @Valid PlantProperties plant,
        @DefaultValue List<@Valid Machine> machines,
        @DefaultValue @Valid Api api,
        @DefaultValue @Valid KafkaLinkProperties kafka) {

    public AmrsProperties {
        if (mode != PlantMode.PLANT) {
            kafka.requireBrokers(mode);
        }
    }

    /** The ideal cycle time the machine catalogue gives a machine, if any. */
    public Optional<Double> idealCycleTimeSeconds(String machineId) {
        return machines.stream()
                .filter(machine -> machine.id().equals(machineId))
                .map(Machine::idealCycleTimeSeconds)
                .filter(seconds -> seconds != null)
                .findFirst();
    }

    public record Machine(
            @NotBlank String id,
            @Positive Double idealCycleTimeSeconds,
            @Positive Double plannedHoursPerDay) {}

    /**
     * @param pollInterval time between two polls of the PLC ({@code POLL_INTERVAL_MS})
     * @param opcuaUrl the simulator's endpoint ({@code OPCUA_SERVER_URL})
     * @param apiKey what {@code POST} requests must send as {@code X-API-Key} ({@code API_KEY});
     *     writes are refused while it is blank
     * @param reportsDir where {@code validation_log.txt} is written ({@code REPORTS_DIR})
     * @param bufferCapacity records kept in memory while neither the database nor the spool on disk
     *     takes them (default one hour of 1,000 machines at 5 s)
     * @param corsOrigins browser origins allowed to call the API and open the live stream (the
     *     dashboard); same-origin requests (through the dashboard's nginx or the launcher's server) are always
     *     allowed
     * @param live the live stream's limits and keep-alives ({@code /ws}, {@code /stomp})
     */
    public record Api(
            @DefaultValue("5000") @DurationUnit(ChronoUnit.MILLIS)
            Duration pollInterval,

            @DefaultValue("opc.tcp://localhost:4840/freeopcua/server/") @NotBlank
            String opcuaUrl,

            String apiKey,
            @DefaultValue("reports") @NotNull Path reportsDir,
            @DefaultValue("720000") @Min(1) @Max(50_000_000) int bufferCapacity,
            @DefaultValue("http://localhost:8080") List<@NotBlank String> corsOrigins,
            @DefaultValue @Valid Collector collector,
            @DefaultValue @Valid Live live) {

        public Api {
            if (pollInterval == null || pollInterval.isNegative() || pollInterval.isZero()) {
                throw new IllegalArgumentException(
                        "amrs.api.poll-interval (POLL_INTERVAL_MS) must be positive, was " + pollInterval);
            }
        }

        public boolean writesEnabled() {
            return apiKey != null && !apiKey.isBlank();
        }
    }

    /**
     * @param enabled whether the OPC-UA collector runs
     * @param retryAttempts connection attempts per poll before the poll gives up
     * @param retryBackoff wait before the second attempt, doubled (times {@code retryMultiplier})
     *     for each further attempt
     * @param requestTimeout OPC-UA connect and request timeout
     */
    public record Collector(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("5") @Min(1) @Max(20) int retryAttempts,
            @DefaultValue("2s") @NotNull Duration retryBackoff,
            @DefaultValue("2") @DecimalMin("1.0") double retryMultiplier,
            @DefaultValue("5s") @NotNull Duration requestTimeout) {}

    /**
     * The live stream (DESIGN.md §8). A client whose write has not finished within {@code
     * sendTimeLimit}, or that has more than {@code sendBufferSizeLimit} waiting, is dropped.
     *
     * @param pingInterval how often {@code /ws} clients are pinged; one that leaves two pings in a
     *     row unanswered is dropped
     * @param heartbeat the STOMP heart-beat the server offers, both ways
     */
    public record Live(
            @DefaultValue("5s") @NotNull Duration sendTimeLimit,
            @DefaultValue("512KB") @NotNull DataSize sendBufferSizeLimit,
            @DefaultValue("20s") @NotNull Duration pingInterval,
            @DefaultValue("10s") @NotNull Duration heartbeat) {

        public Live {
            requirePositive("send-time-limit", sendTimeLimit);
            requirePositive("ping-interval", pingInterval);
            requirePositive("heartbeat", heartbeat);
            if (sendBufferSizeLimit == null || sendBufferSizeLimit.toBytes() <= 0) {
                throw new IllegalArgumentException(
                        "amrs.api.live.send-buffer-size-limit must be positive, was " + sendBufferSizeLimit);
            }
        }

        private static void requirePositive(String key, Duration value) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("amrs.api.live." + key + " must be positive, was " + value);
            }
        }
    }
}
