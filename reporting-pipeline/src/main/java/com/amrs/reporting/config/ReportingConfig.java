package com.amrs.reporting.config;

import com.amrs.core.shift.ShiftCalendar;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock and the plant's shift calendar. */
@Configuration(proxyBeanMethods = false)
class ReportingConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ShiftCalendar shiftCalendar(ReportingProperties properties) {
        return properties.plant().calendar();
    }
}
