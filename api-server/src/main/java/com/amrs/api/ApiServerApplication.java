package com.amrs.api;

import com.amrs.api.collector.PlcCheckCommand;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The AMRS api-server: OPC-UA collector, PostgreSQL storage and REST API (DESIGN.md §4, §7); with {@code
 * plc-check} as its first argument, the check of the PLC connections instead (DESIGN.md §12).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ApiServerApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(PlcCheckCommand.NAME)) {
            System.exit(PlcCheckCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        SpringApplication.run(ApiServerApplication.class, args);
    }
}
