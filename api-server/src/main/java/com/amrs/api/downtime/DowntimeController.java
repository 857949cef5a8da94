package com.amrs.api.downtime;

import com.amrs.api.system.ApiException;
import com.amrs.api.system.DowntimeProperties;
import com.amrs.api.system.ProductionDays;
import com.amrs.core.downtime.ReasonCatalogue;
import com.amrs.core.downtime.StopReason;
import com.amrs.core.validation.FieldViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/downtime} (DESIGN.md §14): the stops, their Pareto by reason, the reason catalogue, and a reason
 * assigned to a stop.
 */
@RestController
@RequestMapping("/api/downtime")
class DowntimeController {

    static final int MAX_COMMENT = 500;
    /** Who assigned a reason, until issue "Users, roles" gives requests a user: the API key's holder. */
    static final String ASSIGNED_BY_API_KEY = "api-key";

    private final StopQueries stops;
    private final ProductionDays productionDays;
    private final ReasonCatalogue catalogue;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DowntimeController(
            StopQueries stops,
            ProductionDays productionDays,
            DowntimeProperties downtime,
            Clock clock,
            ApplicationEventPublisher events) {
        this.stops = stops;
        this.productionDays = productionDays;
        this.catalogue = downtime.catalogue();
        this.clock = clock;
        this.events = events;
    }

    @GetMapping
    StopPage stops(
            @RequestParam(defaultValue = "7") @Min(1) @Max(366) int days,
            @RequestParam(required = false) String machine,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        return stops.page(productionDays.last(days), Optional.ofNullable(machine), page, size);
    }

    @GetMapping("/pareto")
    List<ParetoEntry> pareto(
            @RequestParam(defaultValue = "7") @Min(1) @Max(366) int days,
            @RequestParam(required = false) String machine) {
        return stops.pareto(productionDays.last(days), Optional.ofNullable(machine), clock.instant());
    }

    /** The catalogue of {@code amrs.downtime.reasons}, in its order: what a stop's reason can be set to. */
    @GetMapping("/reasons")
    List<ReasonView> reasons() {
        return catalogue.reasons().stream().map(ReasonView::of).toList();
    }

    @PutMapping("/{id}/reason")
    @Transactional
    StopView assign(@PathVariable long id, @RequestBody ReasonAssignment assignment) {
        StopReason reason = checked(assignment);
        stops.find(id).orElseThrow(() -> ApiException.notFound("Stop " + id));
        Instant now = clock.instant();
        stops.assign(id, reason, ASSIGNED_BY_API_KEY, now, assignment.comment());
        StopView stop = stops.find(id).orElseThrow();
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
