package com.amrs.api.collector;

import com.amrs.api.live.LiveSnapshot;
import com.amrs.api.production.ProductionBuffer;
import com.amrs.api.system.AmrsProperties;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.core.validation.RecordValidator;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OPC-UA collector, unless {@code amrs.api.collector.enabled=false}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "amrs.api.collector.enabled", matchIfMissing = true)
class CollectorConfig {

    @Bean(destroyMethod = "close")
    OpcUaPlc opcUaPlc(AmrsProperties properties, Clock clock) {
        return new OpcUaPlc(
                properties.api().opcuaUrl(), properties.api().collector().requestTimeout(), clock);
    }

    /** 5 attempts, waiting 2 s, 4 s, 8 s, 16 s between them (by default). */
    @Bean
    Retry opcUaRetry(AmrsProperties properties, PlcConnectionState connection) {
        AmrsProperties.Collector collector = properties.api().collector();
        Retry retry = Retry.of(
                "opcua",
                RetryConfig.custom()
                        .maxAttempts(collector.retryAttempts())
                        .intervalFunction(IntervalFunction.ofExponentialBackoff(
                                collector.retryBackoff(), collector.retryMultiplier()))
                        .retryExceptions(Exception.class)
                        .build());
        retry.getEventPublisher().onRetry(event -> connection.connected(false));
        return retry;
    }

    @Bean
    ProductionCollector productionCollector(
            OpcUaPlc plc,
            Retry opcUaRetry,
            AmrsProperties properties,
            ShiftCalendar calendar,
            RecordValidator validator,
            ProductionBuffer buffer,
            LiveSnapshot live,
            PlcConnectionState connection,
            ApplicationEventPublisher events) {
        return new ProductionCollector(
                plc,
                opcUaRetry,
                new CounterTracker(calendar),
                new ValidationLog(properties.api().reportsDir()),
                new ProductionCollector.Collaborators(
                        validator, buffer, live, connection, events, properties, calendar));
    }

    @Bean
    CollectorLifecycle collectorLifecycle(
            ProductionCollector collector,
            OpcUaPlc plc,
            ProductionBuffer buffer,
            LiveSnapshot live,
            ShiftCalendar calendar,
            Clock clock,
            AmrsProperties properties) {
        return new CollectorLifecycle(
                collector, plc, buffer, live, calendar, clock, properties.api().pollInterval());
    }
}
