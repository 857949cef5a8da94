package com.amrs.api.downtime;

import com.amrs.api.security.Principals;
import com.amrs.api.system.ApiException;
import com.amrs.api.system.DowntimeProperties;
import com.amrs.api.system.PlantScope;
import com.amrs.core.downtime.ReasonCatalogue;
import com.amrs.core.downtime.StopReason;
import com.amrs.core.validation.FieldViolation;
import com.amrs.store.downtime.MachineStop;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A reason of the catalogue assigned to a stop, checked first; {@code /topic/stops} hears of it. */
@Service
class ReasonAssignments {

    static final int MAX_COMMENT = 500;
    private final StopQueries stops;
    private final ReasonCatalogue catalogue;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final PlantScope plants;

    ReasonAssignments(
            StopQueries stops,
            DowntimeProperties downtime,
            Clock clock,
            ApplicationEventPublisher events,
            PlantScope plants) {
        this.stops = stops;
        this.plants = plants;
        this.catalogue = downtime.catalogue();
        this.clock = clock;
        this.events = events;
    }

    /**
     * Checks the assignment (400), then finds its stop (the finder's 404 or 409), then charges the stop and
     * its continuations to the reason.
     */
    @Transactional
    MachineStop assign(ReasonAssignment assignment, Supplier<MachineStop> stopFinder) {
        plants.requireOwnRecords("assign the stop's reason");
        StopReason reason = checked(assignment);
        long id = stopFinder.get().id();
        stops.assign(id, reason, Principals.current(), clock.instant(), assignment.comment());
        MachineStop stop = stops.find(id).orElseThrow();
        events.publishEvent(new StopChanged(
                "reason",
                stop.id(),
                stop.machineId(),
                stop.startedAt(),
                stop.endedAt(),
                stop.state(),
                stop.reasonCode(),
                stop.reason(),
                stop.category()));
        return stop;
    }

    private StopReason checked(ReasonAssignment assignment) {
        List<FieldViolation> violations = new ArrayList<>();
        StopReason reason = null;
        if (assignment.reasonCode() == null) {
            violations.add(new FieldViolation("reason_code", "is required: a code of the reason catalogue"));
        } else {
            reason = catalogue.find(assignment.reasonCode()).orElse(null);
            if (reason == null) {
                violations.add(new FieldViolation(
                        "reason_code",
                        "is not in the reason catalogue (amrs.downtime.reasons): " + assignment.reasonCode()));
            }
        }
        if (assignment.comment() != null && assignment.comment().length() > MAX_COMMENT) {
            violations.add(new FieldViolation("comment", "must be at most " + MAX_COMMENT + " characters"));
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalidReasonAssignment(violations);
        }
        return reason;
    }
}
