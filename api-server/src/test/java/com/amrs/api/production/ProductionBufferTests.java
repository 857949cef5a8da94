package com.amrs.api.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.amrs.api.system.AmrsProperties;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.dao.DataAccessResourceFailureException;

class ProductionBufferTests {

    private static final Instant START = Instant.parse("2026-01-26T08:00:00Z");

    private final ProductionStore store = mock(ProductionStore.class);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private ProductionBuffer buffer;

    @BeforeEach
    void createBuffer() {
        buffer = new ProductionBuffer(store, properties(10), registry);
    }

    @Test
    void writesEachPollInOneTransaction() {
        List<NewRecord> poll = ProductionStoreIntegrationTests.records(3, START);

        buffer.add(poll);

        assertThat(buffer.flush()).isEqualTo(3);
        verify(store).store(poll, List.of());
        assertThat(buffer.size()).isZero();
    }

    @Test
    void keepsRecordsWhileTheDatabaseIsAwayAndWritesThemWhenItReturns() {
        doThrow(new DataAccessResourceFailureException("connection refused"))
                .when(store)
                .store(anyList(), anyList());
        buffer.add(ProductionStoreIntegrationTests.records(3, START));
        buffer.add(ProductionStoreIntegrationTests.records(3, START.plusSeconds(5)));

        assertThat(buffer.flush()).isZero();
        assertThat(buffer.size()).isEqualTo(6);
        assertThat(buffer.databaseAvailable()).isFalse();

        doNothing().when(store).store(anyList(), anyList());
        assertThat(buffer.flush()).isEqualTo(6);
        assertThat(buffer.size()).isZero();
        assertThat(buffer.databaseAvailable()).isTrue();
    }

    @Test
    void dropsTheOldestRecordsBeyondItsCapacity() {
        doThrow(new DataAccessResourceFailureException("connection refused"))
                .when(store)
                .store(anyList(), anyList());
        List<NewRecord> first = ProductionStoreIntegrationTests.records(6, START);
        List<NewRecord> second = ProductionStoreIntegrationTests.records(6, START.plusSeconds(60));
        buffer.add(first);
        buffer.add(second);

        assertThat(buffer.size()).isEqualTo(10);
        assertThat(registry.get("amrs.collector.buffer.dropped").counter().count())
                .isEqualTo(2);

        doNothing().when(store).store(anyList(), anyList());
        buffer.flush();
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<NewRecord>> written = ArgumentCaptor.forClass(List.class);
        verify(store, org.mockito.Mockito.atLeastOnce()).store(written.capture(), anyList());
        assertThat(written.getValue()).hasSize(10).startsWith(first.get(2)).endsWith(second.getLast());
    }

    private static AmrsProperties properties(int capacity) {
        var api = new AmrsProperties.Api(
                java.time.Duration.ofSeconds(5),
                "opc.tcp://localhost:4840/freeopcua/server/",
                null,
                java.nio.file.Path.of("reports"),
                capacity,
                List.of(),
                new AmrsProperties.Collector(
                        true, 5, java.time.Duration.ofSeconds(2), 2, java.time.Duration.ofSeconds(5)),
                new AmrsProperties.Live(
                        java.time.Duration.ofSeconds(5),
                        org.springframework.util.unit.DataSize.ofKilobytes(512),
                        java.time.Duration.ofSeconds(20),
                        java.time.Duration.ofSeconds(10)),
                new AmrsProperties.Dashboard(null, 8080));
        return new AmrsProperties(
                new AmrsProperties.Plant("plant", java.time.ZoneOffset.UTC, List.of()), List.of(), api);
    }
}
