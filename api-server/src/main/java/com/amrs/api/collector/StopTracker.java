package com.amrs.api.collector;

import com.amrs.api.production.StopWrite;
import com.amrs.core.downtime.ReasonCatalogue;
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

    StopTracker(ShiftCalendar calendar, ReasonCatalogue catalogue) {
        this.calendar = calendar;
        this.catalogue = catalogue;
    }

    /** Continues the stops that were open when the api-server stopped. */
    void restore(List<StopWrite> openStops) {
        openStops.stream().filter(StopWrite::open).forEach(stop -> open.put(stop.machineId(), stop));
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
        if (current != null && !at.isAfter(current.startedAt())) {
            return writes;
        }
        current = splitAtShiftChanges(current, at, writes);
        Integer fault = faultCode == null || faultCode == 0 ? null : faultCode;
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
                machineId, at, null, state, fault, catalogue.ofFault(fault), slot.productionDate(), slot.shift());
        writes.add(started);
        remember(machineId, started);
        return writes;
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
