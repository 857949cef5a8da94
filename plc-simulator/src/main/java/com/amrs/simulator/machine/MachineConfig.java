package com.amrs.simulator.machine;

import com.amrs.simulator.config.MachineCatalogueProperties;
import com.amrs.simulator.config.SimulatorProperties;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MachineConfig {

    @Bean
    MachineFleet machineFleet(SimulatorProperties simulator, MachineCatalogueProperties catalogue, Clock clock) {
        return new MachineFleet(
                simulator.machines(), simulator.tick(), simulator.seed(), catalogue.idealCycleTimes(), clock);
    }

    @Bean
    FleetTicker fleetTicker(MachineFleet fleet) {
        return new FleetTicker(fleet);
    }
}
