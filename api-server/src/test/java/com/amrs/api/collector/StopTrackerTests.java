package com.amrs.api.collector;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.api.plc.MachineTags;
import com.amrs.api.plc.Signal;
import com.amrs.api.plc.StateChange;
import com.amrs.api.plc.StateMap;
import com.amrs.api.production.StopWrite;
import com.amrs.core.downtime.ReasonCatalogue;
import com.amrs.core.downtime.StopReason;
import com.amrs.core.machine.MachineState;
import com.amrs.core.shift.NonProductionDays;
import com.amrs.core.shift.ShiftBreak;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.core.shift.ShiftDefinition;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** From states to stops (DESIGN.md §14), shift A 06:00–14:00, B 14:00–22:00 (UTC). */
class StopTrackerTests {

    private static final LocalDate DATE = LocalDate.of(2026, 1, 26);
    private static final ReasonCatalogue CATALOGUE = ReasonCatalogue.defaults();
    private static final StopReason JAM = CATALOGUE.ofFault(101);

    private final StopTracker tracker = new StopTracker(ShiftCalendar.defaults(ZoneOffset.UTC), CATALOGUE);

    @Test
    void aMachineSeenDownAndThenRunningIsOneStopWithItsReasonAndDuration() {
        assertThat(next(MachineState.RUNNING, 0, "09:59:55")).isEmpty();
        assertThat(next(MachineState.DOWN, 101, "10:00:00"))
                .containsExactly(stop("10:00:00", null, MachineState.DOWN, 101, JAM, "A"));
        assertThat(next(MachineState.DOWN, 101, "10:02:00")).isEmpty();

        List<StopWrite> ended = next(MachineState.RUNNING, 0, "10:03:00");

        assertThat(ended).containsExactly(stop("10:00:00", "10:03:00", MachineState.DOWN, 101, JAM, "A"));
        assertThat(ended.getFirst().durationSeconds()).isEqualTo(180.0);
    }

    @Test
    void aFaultCodeThatComesAPollAfterTheStateGivesTheStopItsReason() {
        assertThat(next(MachineState.DOWN, 0, "10:00:00"))
                .containsExactly(stop("10:00:00", null, MachineState.DOWN, null, StopReason.UNASSIGNED, "A"));

        assertThat(next(MachineState.DOWN, 101, "10:00:01"))
                .containsExactly(stop("10:00:00", null, MachineState.DOWN, 101, JAM, "A"));
        assertThat(next(MachineState.DOWN, 0, "10:00:02"))
                .as("the code going away keeps the stop")
                .isEmpty();
    }

    @Test
    void anotherFaultOrAnotherStoppedStateIsAnotherStop() {
        next(MachineState.DOWN, 101, "10:00:00");

        assertThat(next(MachineState.DOWN, 204, "10:01:00"))
                .containsExactly(
                        stop("10:00:00", "10:01:00", MachineState.DOWN, 101, JAM, "A"),
                        stop("10:01:00", null, MachineState.DOWN, 204, CATALOGUE.ofFault(204), "A"));
        assertThat(next(MachineState.IDLE, 801, "10:02:00"))
                .containsExactly(
                        stop("10:01:00", "10:02:00", MachineState.DOWN, 204, CATALOGUE.ofFault(204), "A"),
                        stop("10:02:00", null, MachineState.IDLE, 801, CATALOGUE.ofFault(801), "A"));
    }

    @Test
    void aStopOpenAtAShiftChangeEndsThereAndContinuesInTheNextShift() {
        next(MachineState.DOWN, 101, "13:58:00");

        assertThat(next(MachineState.DOWN, 101, "14:01:00"))
                .containsExactly(
                        stop("13:58:00", "14:00:00", MachineState.DOWN, 101, JAM, "A"),
                        stop("14:00:00", null, MachineState.DOWN, 101, JAM, "B"));
        assertThat(next(MachineState.RUNNING, 0, "14:05:00"))
                .containsExactly(stop("14:00:00", "14:05:00", MachineState.DOWN, 101, JAM, "B"));
    }

    @Test
    void anUnknownStateOrAnOldPollChangesNothing() {
        next(MachineState.DOWN, 101, "10:00:00");

        assertThat(next(null, null, "10:01:00")).isEmpty();
        assertThat(next(MachineState.RUNNING, 0, "09:59:00")).isEmpty();
        assertThat(next(MachineState.RUNNING, 0, "10:02:00"))
                .containsExactly(stop("10:00:00", "10:02:00", MachineState.DOWN, 101, JAM, "A"));
    }

    @Test
    void continuesAStopLeftOpenByARestart() {
        tracker.restore(List.of(stop("13:00:00", null, MachineState.DOWN, 101, JAM, "A")));

        assertThat(next(MachineState.DOWN, 101, "13:30:00")).isEmpty();
        assertThat(next(MachineState.RUNNING, 0, "14:30:00"))
                .containsExactly(
                        stop("13:00:00", "14:00:00", MachineState.DOWN, 101, JAM, "A"),
                        stop("14:00:00", null, MachineState.DOWN, 101, JAM, "B"),
                        stop("14:00:00", "14:30:00", MachineState.DOWN, 101, JAM, "B"));
    }

    @Test
    void aSubscriptionsChangesBetweenTwoPollsGiveTheStopItsExactStartAndEnd() {
        MachineTags machine = Polls.machine("M1", StateMap.amrs(), Signal.STATE, Signal.FAULT_CODE);

        List<StopWrite> writes = tracker.observe(
                Polls.poll(machine, Signal.STATE, "RUNNING", Signal.FAULT_CODE, 0),
                List.of(
                        new StateChange("M1", Signal.FAULT_CODE, 101, at("10:00:01.250")),
                        new StateChange("M1", Signal.STATE, "DOWN", at("10:00:01.250")),
                        new StateChange("M1", Signal.STATE, "RUNNING", at("10:00:04.500")),
                        new StateChange("M1", Signal.FAULT_CODE, 0, at("10:00:04.500"))),
                at("10:00:05"));

        assertThat(writes.getLast()).isEqualTo(stop("10:00:01.250", "10:00:04.500", MachineState.DOWN, 101, JAM, "A"));
        assertThat(writes)
                .filteredOn(StopWrite::open)
                .allSatisfy(open -> assertThat(open.startedAt()).isEqualTo(at("10:00:01.250")));
    }

    @Test
    void aPollReadBeforeTheLastChangeDoesNotUndoIt() {
        MachineTags machine = Polls.machine("M1", StateMap.amrs(), Signal.STATE, Signal.FAULT_CODE);
        tracker.observe(
                Polls.poll(machine, Signal.STATE, "RUNNING", Signal.FAULT_CODE, 0),
                List.of(new StateChange("M1", Signal.STATE, "DOWN", at("10:00:06"))),
                at("10:00:05"));

        assertThat(tracker.observe(
                        Polls.poll(machine, Signal.STATE, "DOWN", Signal.FAULT_CODE, 0), List.of(), at("10:00:10")))
                .as("the stop the change started is still open")
                .isEmpty();
    }

    @Test
    void aStopWithoutAFaultThatBeginsInABreakOrOnADayOffIsPlannedNotUnassigned() {
        // shift A with a break 10:00-10:15; Sundays off (2026-01-25 is a Sunday)
        var calendar = new ShiftCalendar(
                        ZoneOffset.UTC,
                        List.of(
                                new ShiftDefinition(
                                        "A",
                                        LocalTime.of(6, 0),
                                        List.of(new ShiftBreak(LocalTime.of(10, 0), Duration.ofMinutes(15)))),
                                new ShiftDefinition("B", LocalTime.of(14, 0)),
                                new ShiftDefinition("C", LocalTime.of(22, 0))))
                .withNonProductionDays(NonProductionDays.parse(List.of("sunday")));
        var withBreaks = new StopTracker(calendar, CATALOGUE);

        assertThat(withBreaks.next("M1", MachineState.IDLE, 0, at("10:00:30")))
                .extracting(StopWrite::reason)
                .containsExactly(StopReason.BREAK);
        assertThat(withBreaks.next("M2", MachineState.DOWN, 101, at("10:01:00")))
                .as("a fault in the break is still the fault")
                .extracting(StopWrite::reason)
                .containsExactly(JAM);
        assertThat(withBreaks.next("M3", MachineState.IDLE, 0, at("10:15:00")))
                .as("after the break")
                .extracting(StopWrite::reason)
                .containsExactly(StopReason.UNASSIGNED);
        assertThat(withBreaks.next("M4", MachineState.IDLE, 0, Instant.parse("2026-01-25T09:00:00Z")))
                .extracting(StopWrite::reason)
                .containsExactly(StopReason.NON_PRODUCTION_DAY);
    }

    private List<StopWrite> next(MachineState state, Integer fault, String time) {
        return tracker.next("M1", state, fault, at(time));
    }

    private static StopWrite stop(
            String start, String end, MachineState state, Integer fault, StopReason reason, String shift) {
        return new StopWrite("M1", at(start), end == null ? null : at(end), state, fault, reason, DATE, shift);
    }

    private static Instant at(String time) {
        return Instant.parse(DATE + "T" + time + "Z");
    }
}
