package com.amrs.api.alert;

import com.amrs.api.system.DowntimeProperties;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.store.oee.OeeReader;
import com.amrs.store.production.SpanTotalsReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** plant-store's readers that the conditions judge by. */
@Configuration(proxyBeanMethods = false)
class AlertConfig {

    @Bean
    SpanTotalsReader spanTotalsReader(JdbcClient jdbc, ShiftCalendar calendar) {
        return new SpanTotalsReader(jdbc, calendar);
    }

    @Bean
    OeeReader oeeReader(JdbcClient jdbc, ShiftCalendar calendar, DowntimeProperties downtime) {
        return new OeeReader(jdbc, calendar, downtime.microStop());
    }
}
