package com.amrs.simulator.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.amrs.simulator.PlcSimulatorApplication;
import com.amrs.simulator.machine.MachineFleet;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.ULong;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.util.TestSocketUtils;

class RestartIntegrationTests {

    private static final List<String> MACHINES =
            IntStream.rangeClosed(1, 20).mapToObj(MachineFleet::machineId).toList();

    private final int port = TestSocketUtils.findAvailableTcpPort();

    @Test
    void countersStartAgainFromZeroAfterARestartOnTheSamePort() throws Exception {
        long beforeRestart;
        try (var simulator = start()) {
            await().atMost(Duration.ofSeconds(20)).until(() -> totalUnits() >= 60);
            beforeRestart = totalUnits();
        }

        try (var simulator = start()) {
            assertThat(totalUnits()).isLessThan(beforeRestart / 2);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PlcSimulatorApplication.class)
                .run(
                        "--amrs.simulator.port=" + port,
                        "--amrs.simulator.machines=" + MACHINES.size(),
                        "--amrs.simulator.tick-ms=100",
                        "--spring.main.keep-alive=false");
    }

    private long totalUnits() throws Exception {
        try (var client = PlcTestClient.connect(port)) {
            return client.readAll(MACHINES, MachineVariable.TOTAL_COUNT).stream()
                    .mapToLong(value -> ((ULong) value.getValue().getValue()).longValue())
                    .sum();
        }
    }
}
