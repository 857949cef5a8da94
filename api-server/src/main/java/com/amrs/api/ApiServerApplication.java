package com.amrs.api;

import com.amrs.api.collector.PlcCheckCommand;
import com.amrs.api.security.UsersCommand;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The AMRS api-server: OPC-UA collector, PostgreSQL storage and REST API (DESIGN.md §4, §7); with {@code
 * plc-check} as its first argument, the check of the PLC connections instead (DESIGN.md §12), with {@code
 * users add} a new user (§15).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ApiServerApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(PlcCheckCommand.NAME)) {
            System.exit(PlcCheckCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        if (args.length > 0 && args[0].equals(UsersCommand.NAME)) {
            var stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            System.exit(UsersCommand.run(Arrays.copyOfRange(args, 1, args.length), stdin, System.out));
        }
        SpringApplication.run(ApiServerApplication.class, args);
    }
}
