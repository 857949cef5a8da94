package com.amrs.api.collector;

import com.amrs.api.plc.MachineClaims;
import com.amrs.api.plc.PlcClients;
import com.amrs.api.plc.PlcConnectException;
import com.amrs.api.plc.PlcDefinition;
import com.amrs.api.plc.PlcProperties;
import com.amrs.api.plc.PlcSession;
import com.amrs.api.plc.PlcState;
import com.amrs.api.plc.PlcStatuses;
import com.amrs.api.production.CounterBaselineStore;
import com.amrs.api.production.MachineStopStore;
import com.amrs.api.production.ProductionBuffer;
import com.amrs.api.system.AmrsProperties;
import com.amrs.api.system.CollectorProperties;
import com.amrs.api.system.ConditionalOnPlantMode;
import com.amrs.api.system.DowntimeProperties;
import com.amrs.api.system.PlantMode;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.core.validation.RecordValidator;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OPC-UA collector: one poller per PLC of the tag map, unless {@code amrs.api.collector.enabled=false}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "amrs.api.collector.enabled", matchIfMissing = true)
@ConditionalOnPlantMode({PlantMode.PLANT, PlantMode.EDGE})
class CollectorConfig {

    @Bean(destroyMethod = "close")
    PlcClients plcClients(PlcProperties plcs, AmrsProperties properties) {
        return new PlcClients(plcs.pkiDir(), properties.api().collector().requestTimeout());
    }

    @Bean
    ProductionCollector productionCollector(
            AmrsProperties properties,
            ShiftCalendar calendar,
            RecordValidator validator,
            ProductionBuffer buffer,
            ApplicationEventPublisher events,
            CollectorProperties collector) {
        return new ProductionCollector(
                validator, buffer, events, properties, calendar, new Plausibility(collector.maxRateFactor()));
    }

    @Bean
    CollectorLifecycle collectorLifecycle(
            PlcProperties plcs,
            PlcClients clients,
            ProductionCollector collector,
            PlcStatuses statuses,
            MeterRegistry registry,
            ShiftCalendar calendar,
            Clock clock,
            AmrsProperties properties,
            DowntimeProperties downtime,
            CounterBaselineStore baselines,
            MachineStopStore stops) {
        MachineClaims claims = new MachineClaims();
        List<PlcPoller> pollers =
                plcs.definitions(properties.api().opcuaUrl(), properties.api().pollInterval()).stream()
                        .map(plc -> new PlcPoller(
                                new PlcSession(plc, clients, claims, clock),
                                retry(plc, properties.api().collector()),
                                collector,
                                statuses,
                                new CounterTracker(calendar),
                                new StopTracker(calendar, downtime.catalogue()),
                                registry))
                        .toList();
        return new CollectorLifecycle(pollers, collector, baselines, stops);
    }

    /** 5 attempts, waiting 2 s, 4 s, 8 s, 16 s between them (by default); only while the PLC is unreachable. */
    private static Retry retry(PlcDefinition plc, AmrsProperties.Collector collector) {
        return Retry.of(
                "opcua-" + plc.name(),
                RetryConfig.custom()
                        .maxAttempts(collector.retryAttempts())
                        .intervalFunction(IntervalFunction.ofExponentialBackoff(
                                collector.retryBackoff(), collector.retryMultiplier()))
                        .retryOnException(e ->
                                !(e instanceof PlcConnectException failure) || failure.state() == PlcState.UNREACHABLE)
                        .build());
    }
}
