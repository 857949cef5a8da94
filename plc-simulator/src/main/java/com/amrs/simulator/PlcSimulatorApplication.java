package com.amrs.simulator;

import com.amrs.simulator.opcua.HealthCheck;
import java.time.Clock;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PlcSimulatorApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(HealthCheck.FLAG)) {
            System.exit(HealthCheck.runFromCommandLine(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(PlcSimulatorApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
