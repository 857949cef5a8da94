package com.amrs.simulator.opcua;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.simulator.JavaProcess;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.TestSocketUtils;

class HealthCheckIntegrationTests extends SimulatorIntegrationTestSupport {

    @Test
    void reportsHealthyWithTheStateOfTheFirstMachine() {
        var output = new ByteArrayOutputStream();

        int exitCode = HealthCheck.run(new String[] {PlcTestClient.url(PORT)}, Map.of(), print(output));

        assertThat(exitCode).isZero();
        assertThat(output.toString(StandardCharsets.UTF_8))
                .matches("healthy: .* OPC-UA-M1.State = (RUNNING|IDLE|DOWN)\\R");
    }

    @Test
    void reportsUnhealthyWithinTenSecondsWhenNothingListens() {
        var output = new ByteArrayOutputStream();
        long start = System.nanoTime();

        int exitCode = HealthCheck.run(
                new String[0],
                Map.of("OPCUA_PORT", String.valueOf(TestSocketUtils.findAvailableTcpPort())),
                print(output));

        assertThat(exitCode).isEqualTo(1);
        assertThat(output.toString(StandardCharsets.UTF_8)).startsWith("unhealthy: opc.tcp://localhost:");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void mainRunsTheHealthCheckWithoutStartingTheApplication() throws Exception {
        var healthy = CompletableFuture.supplyAsync(
                () -> JavaProcess.runUnchecked(Map.of("OPCUA_PORT", String.valueOf(PORT)), HealthCheck.FLAG));
        var unhealthy = CompletableFuture.supplyAsync(() -> JavaProcess.runUnchecked(
                Map.of(), HealthCheck.FLAG, PlcTestClient.url(TestSocketUtils.findAvailableTcpPort())));

        assertThat(healthy.get().exitCode()).as(healthy.get().output()).isZero();
        assertThat(healthy.get().output().lines()).last().asString().startsWith("healthy: ");
        assertThat(unhealthy.get().exitCode()).as(unhealthy.get().output()).isEqualTo(1);
        assertThat(unhealthy.get().output().lines()).last().asString().startsWith("unhealthy: ");
    }

    private static PrintStream print(ByteArrayOutputStream output) {
        return new PrintStream(output, true, StandardCharsets.UTF_8);
    }
}
