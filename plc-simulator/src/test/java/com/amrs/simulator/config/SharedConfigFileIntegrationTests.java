package com.amrs.simulator.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.simulator.PlcSimulatorApplication;
import com.amrs.simulator.machine.Machine;
import com.amrs.simulator.machine.MachineFleet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.test.util.TestSocketUtils;

class SharedConfigFileIntegrationTests {

    private static final String PLANT_FILE = """
            amrs:
              plant:
                timezone: Europe/Berlin
              simulator:
                machines: ${SIM_MACHINES:4}
              machines:
                - id: OPC-UA-M2
                  ideal-cycle-time-seconds: 1.2
                  planned-hours-per-day: 16
            """;

    @TempDir
    Path directory;

    @Test
    void readsSettingsAndTheMachineCatalogueFromTheSharedFile() throws IOException {
        List<Machine> machines = machinesStartedWith("--AMRS_CONFIG=" + plantFile());

        assertThat(machines).hasSize(4);
        assertThat(machines.get(1).idealCycleTimeSeconds()).isEqualTo(1.2);
    }

    @Test
    void environmentVariablesWinOverTheSharedFile() throws IOException {
        assertThat(machinesStartedWith("--AMRS_CONFIG=" + plantFile(), "--SIM_MACHINES=6"))
                .hasSize(6);
    }

    @Test
    void theRepositorysPlantFileGivesTheDocumentedDefaults() {
        Path repositoryFile = Path.of("..", "config", "amrs.yml");
        assertThat(repositoryFile).exists();

        assertThat(machinesStartedWith("--AMRS_CONFIG=" + repositoryFile)).hasSize(3);
    }

    private Path plantFile() throws IOException {
        return Files.writeString(directory.resolve("amrs.yml"), PLANT_FILE);
    }

    private static List<Machine> machinesStartedWith(String... args) {
        String[] all = new String[args.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--amrs.simulator.port=" + TestSocketUtils.findAvailableTcpPort();
        try (var context = new SpringApplicationBuilder(PlcSimulatorApplication.class).run(all)) {
            return context.getBean(MachineFleet.class).machines();
        }
    }
}
