package com.amrs.api.collector;

import com.amrs.api.plc.MachinePoll;
import com.amrs.api.plc.Signal;
import com.amrs.api.plc.StateChange;
import com.amrs.api.production.StopWrite;
import com.amrs.core.downtime.ReasonCatalogue;
import com.amrs.core.downtime.StopReason;
import com.amrs.core.machine.MachineState;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.core.shift.ShiftSlot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns the machines' states into stops (DESIGN.md §14): a stop starts when a machine is seen DOWN or IDLE
 * and ends when it is seen running again or in the other stopped state; a new FaultCode during a DOWN stop
 * is a new stop, a first FaultCode after none gives the stop its reason. A stop open at a shift change ends
 * at the boundary and continues in a new row, so every row belongs to one shift. An unknown state changes
 * nothing. Each PLC's poller owns one; after a restart it continues the stops left open.
 */
class StopTracker {

    private final ShiftCalendar calendar;
    private final ReasonCatalogue catalogue;
    private final Map<String, StopWrite> open = new HashMap<>();
    private final Map<String, Seen> seen = new HashMap<>();

    /** A machine's state and fault as last seen, and when: a poll older than a change it saw is left out. */
    private record Seen(MachineState state, Integer fault, Instant at) {}

    StopTracker(ShiftCalendar calendar, ReasonCatalogue catalogue) {
        this.calendar = calendar;
        this.catalogue = catalogue;
    }

    /** Continues the stops that were open when the api-server stopped. */
    void restore(List<StopWrite> openStops) {
        openStops.stream().filter(StopWrite::open).forEach(stop -> open.put(stop.machineId(), stop));
    }

    /** When the machine's open stop started; null while it runs, or before it is seen. */
    Instant openSince(String machineId) {
        StopWrite stop = open.get(machineId);
        return stop == null ? null : stop.startedAt();
    }

    /**
     * The stop rows of a poll of the machine: first what its subscription's changes since the poll before
     * start and end, in their order, then what the poll's own state and fault say, unless a change is newer.
     */
    List<StopWrite> observe(MachinePoll machine, List<StateChange> changes, Instant pollAt) {
        String id = machine.machineId();
        List<StopWrite> writes = new ArrayList<>();
        for (StateChange change : changes) {
            Seen last = seen.getOrDefault(id, new Seen(null, null, Instant.MIN));
            Seen now = change.signal() == Signal.STATE
                    ? new Seen(machine.tags().stateMap().map(change.value()).orElse(null), last.fault(), change.at())
                    : new Seen(last.state(), faultCode(change.value()), change.at());
            if (!now.at().isBefore(last.at())) {
                seen.put(id, now);
                writes.addAll(next(id, now.state(), now.fault(), now.at()));
            }
        }
        Seen last = seen.get(id);
        if (last == null || pollAt.isAfter(last.at())) {
            MachineState state = CounterTracker.state(machine);
            Integer fault =
                    machine.value(Signal.FAULT_CODE).map(StopTracker::faultCode).orElse(null);
            seen.put(id, new Seen(state, fault, pollAt));
            writes.addAll(next(id, state, fault, pollAt));
        }
        return writes;
    }

    /** A FaultCode value as an Int32; null when it is none or not a whole number that fits one. */
    static Integer faultCode(Object value) {
        if (!(value instanceof Number number)) {
            return null;
        }
        double code = number.doubleValue();
        return code == Math.rint(code) && Math.abs(code) <= Integer.MAX_VALUE ? (int) code : null;
    }

    /**
     * The stop rows that the machine's state at {@code at} starts, ends, splits or changes, oldest first.
     *
     * @param state null when the PLC did not say
     * @param faultCode null or 0 when there is no fault
     */
    List<StopWrite> next(String machineId, MachineState state, Integer faultCode, Instant at) {
        List<StopWrite> writes = new ArrayList<>();
        StopWrite current = open.get(machineId);
        Integer fault = faultCode == null || faultCode == 0 ? null : faultCode;
        if (current != null && !at.isAfter(current.startedAt())) {
            boolean faultAtTheStart = at.equals(current.startedAt())
                    && state == current.state()
                    && current.faultCode() == null
                    && fault != null;
            if (faultAtTheStart) {
                current = current.withFault(fault, catalogue.ofFault(fault));
                writes.add(current);
                remember(machineId, current);
            }
            return writes;
        }
        current = splitAtShiftChanges(current, at, writes);
        if (state == null) {
            remember(machineId, current);
            return writes;
        }
        if (state == MachineState.RUNNING) {
            if (current != null) {
                writes.add(current.endedAt(at));
            }
            remember(machineId, null);
            return writes;
        }
        if (current != null && current.state() == state && Objects.equals(current.faultCode(), fault)) {
            remember(machineId, current);
            return writes;
        }
        if (current != null && current.state() == state && current.faultCode() == null) {
            current = current.withFault(fault, catalogue.ofFault(fault));
            writes.add(current);
            remember(machineId, current);
            return writes;
        }
        if (current != null && current.state() == state && fault == null) {
            remember(machineId, current);
            return writes;
        }
        if (current != null) {
            writes.add(current.endedAt(at));
        }
        ShiftSlot slot = calendar.slotOf(at);
        StopWrite started = new StopWrite(
                machineId, at, null, state, fault, reasonOf(fault, slot, at), slot.productionDate(), slot.shift());
        writes.add(started);
        remember(machineId, started);
        return writes;
    }

    /** The fault's reason; without a fault, outside planned time, the break or the non-production day. */
    private StopReason reasonOf(Integer fault, ShiftSlot slot, Instant at) {
        if (fault != null) {
            return catalogue.ofFault(fault);
        }
        if (!calendar.isProductionDay(slot.productionDate())) {
            return StopReason.NON_PRODUCTION_DAY;
        }
        boolean inABreak =
                calendar.breaks(slot).stream().anyMatch(pause -> !at.isBefore(pause.from()) && at.isBefore(pause.to()));
        return inABreak ? StopReason.BREAK : StopReason.UNASSIGNED;
    }

    private StopWrite splitAtShiftChanges(StopWrite current, Instant at, List<StopWrite> writes) {
        while (current != null) {
            Instant boundary = calendar.end(current.productionDate(), current.shift());
            if (boundary.isAfter(at)) {
                break;
            }
            writes.add(current.endedAt(boundary));
            ShiftSlot next = calendar.slotOf(boundary);
            current = new StopWrite(
                    current.machineId(),
                    boundary,
                    null,
                    current.state(),
                    current.faultCode(),
                    current.reason(),
                    next.productionDate(),
                    next.shift());
            writes.add(current);
        }
        return current;
    }

    private void remember(String machineId, StopWrite stop) {
        if (stop == null) {
            open.remove(machineId);
        } else {
            open.put(machineId, stop);
        }
    }
}
