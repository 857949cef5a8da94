package com.amrs.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The AMRS api-server: OPC-UA collector, PostgreSQL storage and REST API (DESIGN.md §4, §7). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ApiServerApplication {

    public static void main(String[] args) {
        SpringApplication.run(ApiServerApplication.class, args);
    }
}
