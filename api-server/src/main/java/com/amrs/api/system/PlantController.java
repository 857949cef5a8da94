package com.amrs.api.system;

import com.amrs.core.shift.ShiftCalendar;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/plant}: the plant as config/amrs.yml describes it (name, time zone, shifts), so
 * that the dashboard shows the name the reports carry without a second place to set it.
 */
@RestController
class PlantController {

    private final String name;
    private final String plantId;
    private final String mode;
    private final ShiftCalendar calendar;

    PlantController(AmrsProperties properties, ShiftCalendar calendar) {
        this.name = properties.plant().name();
        this.plantId = properties.plant().id();
        this.mode = properties.mode().name().toLowerCase(Locale.ROOT);
        this.calendar = calendar;
    }

    @GetMapping("/api/plant")
    Plant plant() {
        return new Plant(
                name,
                plantId,
                mode,
                calendar.zone().getId(),
                calendar.shifts().stream()
                        .map(shift -> new Shift(shift.name(), shift.start().toString()))
                        .toList());
    }

    /**
     * @param plantId the site's own plant id ({@code amrs.plant.id})
     * @param mode {@code plant}, {@code edge} or {@code central} (DESIGN.md §19): a central site's page chooses a
     *     plant
     * @param timezone the IANA zone of production dates and shifts, e.g. {@code Europe/Berlin}
     */
    record Plant(String name, String plantId, String mode, String timezone, List<Shift> shifts) {}

    /** @param start the shift's local start, {@code "06:00"} */
    record Shift(String name, String start) {}
}
