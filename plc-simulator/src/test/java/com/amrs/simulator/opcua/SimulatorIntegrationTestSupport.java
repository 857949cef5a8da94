package com.amrs.simulator.opcua;

import com.amrs.simulator.machine.MachineFleet;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

/** The whole application on a free port, 30 machines ticking every 100 ms, shared by the tests. */
@SpringBootTest(
        properties = {
            "amrs.simulator.machines=" + SimulatorIntegrationTestSupport.MACHINES,
            "amrs.simulator.tick-ms=100",
            "amrs.simulator.seed=42"
        })
abstract class SimulatorIntegrationTestSupport {

    static final int MACHINES = 30;
    static final int PORT = TestSocketUtils.findAvailableTcpPort();

    @DynamicPropertySource
    static void port(DynamicPropertyRegistry registry) {
        registry.add("amrs.simulator.port", () -> PORT);
    }

    static List<String> machineIds() {
        return IntStream.rangeClosed(1, MACHINES)
                .mapToObj(MachineFleet::machineId)
                .toList();
    }
}
