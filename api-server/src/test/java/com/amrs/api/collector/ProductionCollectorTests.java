package com.amrs.api.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.amrs.api.live.LiveSnapshot;
import com.amrs.api.live.ProductionPolled;
import com.amrs.api.production.NewRecord;
import com.amrs.api.production.ProductionBuffer;
import com.amrs.api.system.AmrsProperties;
import com.amrs.core.machine.MachineReading;
import com.amrs.core.machine.MachineState;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.core.validation.RecordValidator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.springframework.util.unit.DataSize;

/** One poll, with scripted PLC readings instead of a server. */
class ProductionCollectorTests {

    private static final Instant T0 = Instant.parse("2026-01-26T08:00:00Z");

    @TempDir
    Path reports;

    private final Deque<Object> script = new ArrayDeque<>();
    private final ProductionBuffer buffer = mock(ProductionBuffer.class);
    private final List<Object> events = new ArrayList<>();
    private final PlcConnectionState connection = new PlcConnectionState();
    private final LiveSnapshot live = new LiveSnapshot(null);
    private ProductionCollector collector;

    @BeforeEach
    void createCollector() {
        var plc = new OpcUaPlc("opc.tcp://localhost:1/", Duration.ofSeconds(1), Clock.fixed(T0, ZoneOffset.UTC)) {
            @Override
            @SuppressWarnings("unchecked")
            List<MachineReading> readAll() throws UaException {
                Object next = script.removeFirst();
                if (next instanceof UaException e) {
                    throw e;
                }
                return (List<MachineReading>) next;
            }
        };
        ShiftCalendar calendar = ShiftCalendar.defaults(ZoneOffset.UTC);
        collector = new ProductionCollector(
                plc,
                Retry.of("test", RetryConfig.custom().maxAttempts(1).build()),
                new CounterTracker(calendar),
                new ValidationLog(reports),
                new ProductionCollector.Collaborators(
                        new RecordValidator(), buffer, live, connection, events::add, properties(), calendar));
    }

    @Test
    void firstPollOnlySetsTheBaselineButShowsTheMachines() {
        script.add(List.of(reading(T0, 100, 5, 0)));

        collector.poll();

        ArgumentCaptor<List<NewRecord>> batch = batchCaptor();
        verify(buffer).add(batch.capture());
        assertThat(batch.getValue()).isEmpty();
        assertThat(live.machines())
                .singleElement()
                .satisfies(m -> assertThat(m.unitsProduced()).isZero());
        assertThat(events).singleElement().isInstanceOf(ProductionPolled.class);
        assertThat(connection.connected()).isTrue();
    }

    @Test
    void repairsALogsEachFixAndHandsOneBatchPerPoll() throws Exception {
        script.add(List.of(reading(T0, 100, 5, 0), reading2(T0, 10, 0)));
        script.add(List.of(reading(T0.plusSeconds(5), 112, 20, 0), reading2(T0.plusSeconds(5), 14, 1)));
        collector.poll();

        collector.poll();

        ArgumentCaptor<List<NewRecord>> batch = batchCaptor();
        verify(buffer, org.mockito.Mockito.times(2)).add(batch.capture());
        List<NewRecord> records = batch.getValue();
        assertThat(records).hasSize(2);
        assertThat(records.getFirst().record().defectiveUnits()).isEqualTo(12);
        assertThat(records.getFirst().fixes())
                .singleElement()
                .satisfies(fix -> assertThat(fix.rule().code()).isEqualTo("defects_above_units"));
        assertThat(records.getFirst().interval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(records.getFirst().idealCycleSeconds()).isEqualTo(1.5);
        assertThat(Files.readAllLines(reports.resolve("validation_log.txt")))
                .containsExactly("2026-01-26T08:00:05Z OPC-UA-M1 defective_units 15 12 defects_above_units");
        assertThat(live.machines().getFirst().unitsProduced()).isEqualTo(12);
    }

    @Test
    void aFailedReadMarksThePlcDisconnectedAndStillFlushesTheBuffer() {
        script.add(new UaException(StatusCodes.Bad_ConnectionRejected, "connection refused"));

        collector.poll();

        assertThat(connection.connected()).isFalse();
        verify(buffer, never()).add(anyList());
        verify(buffer).flush();
        assertThat(events).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static ArgumentCaptor<List<NewRecord>> batchCaptor() {
        return ArgumentCaptor.forClass(List.class);
    }

    private static MachineReading reading(Instant at, long total, long rejects, double downtime) {
        return new MachineReading("OPC-UA-M1", at, MachineState.RUNNING, total, rejects, downtime, 1.5, 0);
    }

    private static MachineReading reading2(Instant at, long total, long rejects) {
        return new MachineReading("OPC-UA-M2", at, MachineState.IDLE, total, rejects, 0.0, 2.0, 0);
    }

    private static AmrsProperties properties() {
        var api = new AmrsProperties.Api(
                Duration.ofSeconds(5),
                "opc.tcp://localhost:1/",
                null,
                Path.of("reports"),
                10,
                List.of(),
                new AmrsProperties.Collector(true, 1, Duration.ofMillis(10), 2, Duration.ofSeconds(1)),
                new AmrsProperties.Live(
                        Duration.ofSeconds(5),
                        DataSize.ofKilobytes(512),
                        Duration.ofSeconds(20),
                        Duration.ofSeconds(10)),
                new AmrsProperties.Dashboard(null, 8080));
        return new AmrsProperties(new AmrsProperties.Plant("plant", ZoneOffset.UTC, List.of()), List.of(), api);
    }
}
