package com.amrs.api.downtime;

import com.amrs.api.production.MachineDirectory;
import com.amrs.api.system.ApiException;
import com.amrs.store.downtime.MachineStop;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PUT /api/machines/{id}/stop/reason}: the reason for the stop a machine is in now, as an operator
 * at the machine gives it without looking up the stop's id; 409 while the machine has no open stop.
 */
@RestController
class OpenStopController {

    private final StopQueries stops;
    private final ReasonAssignments reasons;
    private final MachineDirectory machines;

    OpenStopController(StopQueries stops, ReasonAssignments reasons, MachineDirectory machines) {
        this.stops = stops;
        this.reasons = reasons;
        this.machines = machines;
    }

    @PutMapping("/api/machines/{machineId}/stop/reason")
    MachineStop assign(@PathVariable String machineId, @RequestBody ReasonAssignment assignment) {
        return reasons.assign(
                assignment,
                () -> stops.openOf(machineId).orElseThrow(() -> {
                    machines.requireKnown(machineId);
                    return ApiException.machineNotStopped(machineId);
                }));
    }
}
