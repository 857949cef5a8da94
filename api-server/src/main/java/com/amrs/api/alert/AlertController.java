package com.amrs.api.alert;

import com.amrs.api.security.Principals;
import com.amrs.api.system.ApiException;
import com.amrs.api.system.PlantScope;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/alerts} (DESIGN.md §17): the firing alerts and the history; an operator acknowledges one. */
@RestController
@RequestMapping("/api/alerts")
class AlertController {

    static final String TOTAL_COUNT = "X-Total-Count";

    private final AlertStore alerts;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final PlantScope plants;

    AlertController(AlertStore alerts, Clock clock, ApplicationEventPublisher events, PlantScope plants) {
        this.alerts = alerts;
        this.clock = clock;
        this.events = events;
        this.plants = plants;
    }

    /**
     * Newest first: the firing alerts, with {@code all} every alert fired in the last {@code days} days too; a page
     * of them, how many there are in all in {@code X-Total-Count}.
     */
    @GetMapping
    ResponseEntity<List<AlertView>> list(
            @RequestParam(defaultValue = "all") @Pattern(regexp = "firing|all") String state,
            @RequestParam(defaultValue = "7") @Min(1) @Max(366) int days,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "500") @Min(1) @Max(1000) int size,
            @RequestParam(required = false) String plant) {
        boolean all = state.equals("all");
        Instant since = clock.instant().minus(Duration.ofDays(days));
        Optional<String> inPlant = plants.of(plant);
        return ResponseEntity.ok()
                .header(TOTAL_COUNT, Long.toString(alerts.count(inPlant, all, since)))
                .body(alerts.list(inPlant, all, since, page, size));
    }

    /** Stops the reminders; the first who acknowledged stays, a second acknowledgement changes nothing. */
    @PostMapping("/{id}/ack")
    AlertView acknowledge(@PathVariable long id) {
        plants.requireOwnRecords("acknowledge the alert");
        var acknowledged = alerts.acknowledge(id, Principals.current(), clock.instant());
        if (acknowledged.isPresent()) {
            events.publishEvent(new AlertChanged("acknowledged", acknowledged.get()));
            return acknowledged.get();
        }
        AlertView alert = alerts.find(id).orElseThrow(() -> ApiException.alertNotFound(id));
        if (!alert.firing()) {
            throw ApiException.alertResolved(id);
        }
        return alert;
    }
}
