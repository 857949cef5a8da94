package com.amrs.simulator.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.amrs.simulator.JavaProcess;
import com.amrs.simulator.PlcSimulatorApplication;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.util.TestSocketUtils;

@ExtendWith(OutputCaptureExtension.class)
class ConfigValidationIntegrationTests {

    @ParameterizedTest
    @CsvSource({
        "SIM_MACHINES, abc, amrs.simulator.machines",
        "SIM_MACHINES, 0, amrs.simulator.machines",
        "SIM_MACHINES, 100001, amrs.simulator.machines",
        "OPCUA_PORT, 70000, amrs.simulator.port",
        "SIM_TICK_MS, 5, amrs.simulator.tick-ms",
        "SIM_SEED, x42, amrs.simulator.seed"
    })
    void badValueStopsStartUpNamingTheKeyAndTheVariable(
            String variable, String value, String key, CapturedOutput output) {
        Throwable failure = catchThrowable(() -> start(Map.of(variable, value)));

        assertThat(causes(failure)).anyMatch(BindException.class::isInstance);

        assertThat(output).contains("APPLICATION FAILED TO START", key, "environment variable " + variable, value);
    }

    @Test
    void badCatalogueEntryStopsStartUpNamingTheKey(CapturedOutput output) {
        Throwable failure = catchThrowable(() ->
                start(Map.of("amrs.machines[0].id", "OPC-UA-M1", "amrs.machines[0].ideal-cycle-time-seconds", "-1")));

        assertThat(causes(failure)).anyMatch(BindException.class::isInstance);

        assertThat(output).contains("amrs.machines[0].ideal-cycle-time-seconds", "must be greater than 0");
    }

    @Test
    void usernameWithoutPasswordStopsStartUp(CapturedOutput output) {
        Throwable failure = catchThrowable(() -> start(Map.of("OPCUA_USERNAME", "operator")));

        assertThat(causes(failure)).anyMatch(BindException.class::isInstance);
        assertThat(output).contains("amrs.simulator.security", "OPCUA_PASSWORD", "OPCUA_USERNAME");
    }

    @Test
    void badEnvironmentVariableEndsTheProcessWithANonZeroExitCode() throws Exception {
        JavaProcess run = JavaProcess.run(Map.of("SIM_MACHINES", "abc", "AMRS_CONFIG", "does-not-exist.yml"));

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output()).contains("amrs.simulator.machines", "SIM_MACHINES", "abc");
    }

    private static List<Throwable> causes(Throwable failure) {
        return Stream.iterate(failure, Objects::nonNull, Throwable::getCause).toList();
    }

    /** Starts the application with these settings, as command line arguments, on a free port. */
    private static void start(Map<String, String> settings) {
        var all = new HashMap<String, String>();
        all.put("OPCUA_PORT", String.valueOf(TestSocketUtils.findAvailableTcpPort()));
        all.putAll(settings);
        String[] args = all.entrySet().stream()
                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                .toArray(String[]::new);
        new SpringApplicationBuilder(PlcSimulatorApplication.class).run(args).close();
    }
}
