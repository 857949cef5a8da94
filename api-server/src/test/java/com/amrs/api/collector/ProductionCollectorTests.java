package com.amrs.api.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.amrs.api.downtime.StopChanged;
import com.amrs.api.plc.MachinePoll;
import com.amrs.api.plc.MachineTags;
import com.amrs.api.plc.PlcPoll;
import com.amrs.api.plc.Signal;
import com.amrs.api.plc.StateChange;
import com.amrs.api.plc.StateMap;
import com.amrs.api.production.NewRecord;
import com.amrs.api.production.ProductionBuffer;
import com.amrs.api.system.AmrsProperties;
import com.amrs.api.system.KafkaLinkProperties;
import com.amrs.api.system.PlantMode;
import com.amrs.config.plant.PlantProperties;
import com.amrs.core.downtime.ReasonCatalogue;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.core.validation.RecordValidator;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.util.unit.DataSize;

/** What the collector makes of a PLC's polls, given as a PLC would give them. */
class ProductionCollectorTests {

    private static final Instant T0 = Instant.parse("2026-01-26T08:00:00Z");
    private static final MachineTags M1 = Polls.simulatorMachine("OPC-UA-M1");
    private static final MachineTags M2 = Polls.simulatorMachine("OPC-UA-M2");

    private final ProductionBuffer buffer = mock(ProductionBuffer.class);
    private final List<Object> events = new ArrayList<>();
    private final ShiftCalendar calendar = ShiftCalendar.defaults(ZoneOffset.UTC);
    private final CounterTracker tracker = new CounterTracker(calendar);
    private final StopTracker stops = new StopTracker(calendar, ReasonCatalogue.defaults());
    private ProductionCollector collector;

    @BeforeEach
    void createCollector() {
        collector = new ProductionCollector(
                new RecordValidator(), buffer, events::add, properties(), calendar, new Plausibility(10));
    }

    @Test
    void firstPollOnlySetsTheBaselineButReportsTheMachinesItSaw() {
        collector.collect(plcPoll(T0, poll(M1, 100, 5, "RUNNING", 1.5)), tracker, stops);

        ArgumentCaptor<List<NewRecord>> batch = batchCaptor();
        verify(buffer).add(batch.capture(), anyList(), anyList());
        assertThat(batch.getValue()).isEmpty();
        assertThat(events).singleElement().isInstanceOfSatisfying(ProductionRecorded.class, recorded -> {
            assertThat(recorded.records()).isEmpty();
            assertThat(recorded.seen())
                    .singleElement()
                    .satisfies(seen -> assertThat(seen.machineId()).isEqualTo("OPC-UA-M1"))
                    .satisfies(seen -> assertThat(seen.state()).isEqualTo("RUNNING"));
        });
    }

    @Test
    void repairsEachRecordStoresOneBatchPerPollThenPublishesIt() {
        collector.collect(plcPoll(T0, poll(M1, 100, 5, "RUNNING", 1.5), poll(M2, 10, 0, "IDLE", 2.0)), tracker, stops);

        collector.collect(
                plcPoll(T0.plusSeconds(5), poll(M1, 112, 20, "RUNNING", 1.5), poll(M2, 14, 1, "IDLE", 2.0)),
                tracker,
                stops);

        ArgumentCaptor<List<NewRecord>> batch = batchCaptor();
        var inOrder = org.mockito.Mockito.inOrder(buffer);
        inOrder.verify(buffer, org.mockito.Mockito.times(2)).add(batch.capture(), anyList(), anyList());
        List<NewRecord> records = batch.getValue();
        assertThat(records).hasSize(2);
        assertThat(records.getFirst().record().defectiveUnits()).isEqualTo(12);
        assertThat(records.getFirst().fixes())
                .singleElement()
                .satisfies(fix -> assertThat(fix.rule().code()).isEqualTo("defects_above_units"));
        assertThat(records.getFirst().interval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(records.getFirst().idealCycleSeconds()).isEqualTo(1.5);
        assertThat(events.getLast()).isInstanceOfSatisfying(ProductionRecorded.class, recorded -> {
            assertThat(recorded.plc()).isEqualTo("sim");
            assertThat(recorded.records()).isEqualTo(records);
            assertThat(recorded.seen()).isEmpty();
        });
    }

    @Test
    void aCounterJumpAboveWhatTheMachineCanMakeIsStoredAsZeroKeepingTheRawDelta() {
        collector.collect(plcPoll(T0, poll(M1, 100, 5, "RUNNING", 1.5), poll(M2, 10, 0, "IDLE", 2.0)), tracker, stops);

        // 1.5 s a unit, 5 s, factor 10: at most 33 units; the other machine loses nothing
        collector.collect(
                plcPoll(T0.plusSeconds(5), poll(M1, 9_000_100, 9, "RUNNING", 1.5), poll(M2, 14, 1, "IDLE", 2.0)),
                tracker,
                stops);

        ArgumentCaptor<List<NewRecord>> batch = batchCaptor();
        verify(buffer, org.mockito.Mockito.times(2)).add(batch.capture(), anyList(), anyList());
        NewRecord jumped = batch.getValue().getFirst();
        assertThat(jumped.record().unitsProduced()).isZero();
        assertThat(jumped.record().defectiveUnits()).isZero();
        assertThat(jumped.fixes())
                .extracting(fix -> fix.rule().code() + " " + fix.field() + " " + fix.oldValue() + " " + fix.newValue())
                .containsExactly("counter_jump units_produced 9000000 0", "counter_jump defective_units 4 0");
        assertThat(batch.getValue().get(1).record().unitsProduced()).isEqualTo(4);
    }

    @Test
    void aMachineWithoutAnIdealCycleNodeTakesTheTagMapsValue() {
        MachineTags filler = new MachineTags(
                "FILLER-1",
                Polls.machine("FILLER-1", StateMap.packml(), Signal.GOOD_COUNT, Signal.REJECT_COUNT, Signal.STATE)
                        .nodes(),
                StateMap.packml(),
                0.8);
        collector.collect(
                plcPoll(T0, Polls.poll(filler, Signal.GOOD_COUNT, 1, Signal.REJECT_COUNT, 0, Signal.STATE, 6)),
                tracker,
                stops);

        collector.collect(
                plcPoll(
                        T0.plusSeconds(5),
                        Polls.poll(filler, Signal.GOOD_COUNT, 5, Signal.REJECT_COUNT, 1, Signal.STATE, 6)),
                tracker,
                stops);

        ArgumentCaptor<List<NewRecord>> batch = batchCaptor();
        verify(buffer, org.mockito.Mockito.times(2)).add(batch.capture(), anyList(), anyList());
        assertThat(batch.getValue()).singleElement().satisfies(record -> {
            assertThat(record.idealCycleSeconds()).isEqualTo(0.8);
            assertThat(record.record().unitsProduced()).isEqualTo(5);
            assertThat(record.record().state()).isEqualTo(com.amrs.core.machine.MachineState.RUNNING);
        });
    }

    @Test
    void aStopThatTheSubscriptionSawBetweenTwoPollsStartsThenGetsItsReasonThenEnds() {
        Instant down = T0.plusMillis(300);
        collector.collect(plcPoll(T0, poll(M1, 100, 5, "RUNNING", 1.5)), tracker, stops);

        collector.collect(
                plcPoll(T0.plusMillis(500), poll(M1, 100, 5, "DOWN", 1.5))
                        .withChanges(List.of(
                                new StateChange("OPC-UA-M1", Signal.STATE, "DOWN", down),
                                new StateChange("OPC-UA-M1", Signal.FAULT_CODE, 101, down.plusNanos(1_000)))),
                tracker,
                stops);
        collector.collect(plcPoll(T0.plusSeconds(1), poll(M1, 100, 5, "RUNNING", 1.5)), tracker, stops);

        assertThat(events)
                .filteredOn(StopChanged.class::isInstance)
                .extracting(event -> (StopChanged) event)
                .extracting(change -> change.event() + " " + change.startedAt() + " " + change.reason())
                .containsExactly(
                        "started " + down + " Unassigned",
                        "reason " + down + " Jam at infeed",
                        "ended " + down + " Jam at infeed");
    }

    private static PlcPoll plcPoll(Instant at, MachinePoll... machines) {
        return new PlcPoll("sim", at, Instant.parse("2026-01-01T00:00:00Z"), List.of(machines));
    }

    private static MachinePoll poll(MachineTags machine, long total, long rejects, String state, double idealCycle) {
        return Polls.poll(
                machine,
                Signal.TOTAL_COUNT,
                total,
                Signal.REJECT_COUNT,
                rejects,
                Signal.STATE,
                state,
                Signal.DOWNTIME_SECONDS,
                0.0,
                Signal.IDEAL_CYCLE_TIME_SECONDS,
                idealCycle);
    }

    @SuppressWarnings("unchecked")
    private static ArgumentCaptor<List<NewRecord>> batchCaptor() {
        return ArgumentCaptor.forClass(List.class);
    }

    private static AmrsProperties properties() {
        return properties(Path.of("reports"));
    }

    /** The api-server's settings with this reports folder. */
    static AmrsProperties properties(Path reportsDir) {
        var api = new AmrsProperties.Api(
                Duration.ofSeconds(5),
                "opc.tcp://localhost:1/",
                null,
                reportsDir,
                10,
                List.of(),
                new AmrsProperties.Collector(true, 1, Duration.ofMillis(10), 2, Duration.ofSeconds(1)),
                new AmrsProperties.Live(
                        Duration.ofSeconds(5),
                        DataSize.ofKilobytes(512),
                        Duration.ofSeconds(20),
                        Duration.ofSeconds(10)));
        return new AmrsProperties(
                PlantMode.PLANT,
                new PlantProperties("default", "plant", ZoneOffset.UTC, List.of(), List.of()),
                List.of(),
                api,
                new KafkaLinkProperties(
                        null,
                        "amrs-central",
                        2000,
                        Duration.ofMillis(200),
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(15)));
    }
}
