package com.amrs.api.system;

import com.amrs.core.shift.ShiftCalendar;
import com.amrs.core.validation.RecordValidator;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The clock, the plant's shift calendar, core's validator, CORS for the dashboard. */
@Configuration(proxyBeanMethods = false)
class SystemConfig implements WebMvcConfigurer {

    private final AmrsProperties properties;

    SystemConfig(AmrsProperties properties) {
        this.properties = properties;
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ShiftCalendar shiftCalendar() {
        return properties.plant().calendar();
    }

    @Bean
    RecordValidator recordValidator() {
        return new RecordValidator();
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/api/**")
                .allowedOrigins(properties.api().corsOrigins().toArray(String[]::new))
                .allowedMethods("GET", "POST", "PUT", "DELETE", "OPTIONS")
                .allowedHeaders("*")
                .exposedHeaders("Location", "Content-Disposition", "X-Total-Count");
    }
}
