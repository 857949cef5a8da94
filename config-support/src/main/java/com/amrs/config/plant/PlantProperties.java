package com.amrs.config.plant;

import com.amrs.core.shift.NonProductionDays;
import com.amrs.core.shift.ShiftBreak;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.core.shift.ShiftDefinition;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code amrs.plant} of the shared plant file, the same record in every service's properties: the plant's id, name,
 * time zone, shifts with their breaks and its non-production days (DESIGN.md §2, §14, §19). A bad value stops
 * start-up with a message naming its key.
 *
 * @param id the plant's id in a central site's database and in Kafka keys ({@code AMRS_PLANT_ID}, DESIGN.md §19):
 *     letters, digits, {@code _ . -}, at most 64
 * @param timezone the plant's time zone ({@code PLANT_TIMEZONE}) for production dates and shifts
 * @param nonProductionDays production dates without planned time: weekday names (any case) and ISO
 *     dates, {@code [SATURDAY, SUNDAY, 2026-12-25]}
 */
public record PlantProperties(
        @DefaultValue("default") String id,
        @DefaultValue("AMRS plant") @NotBlank String name,
        @DefaultValue("UTC") @NotNull ZoneId timezone,
        @DefaultValue List<@Valid Shift> shifts,
        @DefaultValue List<String> nonProductionDays) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    /** Whether this names a plant as {@code amrs.plant.id} may: letters, digits, {@code _ . -}, at most 64. */
    public static boolean isPlantId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    public PlantProperties {
        if (!isPlantId(id)) {
            throw new IllegalArgumentException("amrs.plant.id (AMRS_PLANT_ID) must be 1 to 64 letters, digits, '_', '.'"
                    + " or '-', starting with a letter or digit, was '" + id + "'");
        }
        shifts = shifts == null ? List.of() : List.copyOf(shifts);
        nonProductionDays = nonProductionDays == null ? List.of() : List.copyOf(nonProductionDays);
        NonProductionDays days = nonProductionDays(nonProductionDays);
        if (timezone != null && !shifts.isEmpty()) {
            List<ShiftDefinition> definitions = definitions(shifts);
            try {
                new ShiftCalendar(timezone, definitions, days);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("amrs.plant.shifts: " + e.getMessage(), e);
            }
        }
    }

    /**
     * The shift calendar with its breaks and non-production days; the default shifts A 06:00, B
     * 14:00, C 22:00 without breaks when none are configured.
     */
    public ShiftCalendar calendar() {
        ShiftCalendar calendar =
                shifts.isEmpty() ? ShiftCalendar.defaults(timezone) : new ShiftCalendar(timezone, definitions(shifts));
        return calendar.withNonProductionDays(nonProductionDays(nonProductionDays));
    }

    private static NonProductionDays nonProductionDays(List<String> entries) {
        try {
            return NonProductionDays.parse(entries);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("amrs.plant.non-production-days" + e.getMessage(), e);
        }
    }

    private static List<ShiftDefinition> definitions(List<Shift> shifts) {
        List<ShiftDefinition> definitions = new ArrayList<>();
        for (int i = 0; i < shifts.size(); i++) {
            definitions.add(shifts.get(i).definition("amrs.plant.shifts[" + i + "]"));
        }
        return definitions;
    }

    /** @param breaks planned downtime inside the shift, {@code [{start: "10:00", duration: 15m}]} */
    public record Shift(
            @NotBlank String name,
            @NotNull LocalTime start,
            @DefaultValue List<Break> breaks) {

        public Shift {
            if (name == null || name.isBlank() || start == null) {
                throw new IllegalArgumentException("amrs.plant.shifts: every shift needs a name and a start");
            }
            breaks = breaks == null ? List.of() : List.copyOf(breaks);
        }

        ShiftDefinition definition(String key) {
            List<ShiftBreak> checked = new ArrayList<>();
            for (int j = 0; j < breaks.size(); j++) {
                checked.add(breaks.get(j).check(key + ".breaks[" + j + "]"));
            }
            return new ShiftDefinition(name, start, checked);
        }
    }

    /** A break: its plant-local start ({@code "10:00"}) and how long it lasts ({@code 15m}). */
    public record Break(LocalTime start, Duration duration) {

        ShiftBreak check(String key) {
            if (start == null || duration == null) {
                throw new IllegalArgumentException(key + " needs a start and a duration");
            }
            try {
                return new ShiftBreak(start, duration);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
            }
        }
    }
}
