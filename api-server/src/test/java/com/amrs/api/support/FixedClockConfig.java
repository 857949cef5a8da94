package com.amrs.api.support;

import java.time.Clock;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The REST tests' clock: always {@link RestIntegrationTest#NOW}. */
@TestConfiguration(proxyBeanMethods = false)
class FixedClockConfig {

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(RestIntegrationTest.NOW, ZoneOffset.UTC);
    }
}
