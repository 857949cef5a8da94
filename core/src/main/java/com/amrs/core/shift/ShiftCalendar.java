package com.amrs.core.shift;

import static com.amrs.core.Arguments.requireNonNull;
import static java.util.Comparator.comparing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The plant's shifts. A shift runs from its start until the next shift starts; the last shift of
 * a day runs into the next day and belongs to the production date it started on. Starts are
 * plant-local wall-clock times, so lengths follow daylight saving: a night shift across the
 * spring change is an hour shorter. A start inside a DST gap moves forward by the gap's length.
 */
public final class ShiftCalendar {

    private final ZoneId zone;
    private final List<ShiftDefinition> shifts;

    public ShiftCalendar(ZoneId zone, List<ShiftDefinition> shifts) {
        this.zone = requireNonNull(zone, "zone");
        if (shifts == null || shifts.isEmpty()) {
            throw new IllegalArgumentException("a shift calendar needs at least one shift");
        }
        if (shifts.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("shifts must not contain null");
        }
        requireUnique(shifts);
        this.shifts = shifts.stream().sorted(comparing(ShiftDefinition::start)).toList();
    }

    /** Shifts A 06:00, B 14:00 and C 22:00. */
    public static ShiftCalendar defaults(ZoneId zone) {
        return new ShiftCalendar(
                zone,
                List.of(
                        new ShiftDefinition("A", LocalTime.of(6, 0)),
                        new ShiftDefinition("B", LocalTime.of(14, 0)),
                        new ShiftDefinition("C", LocalTime.of(22, 0))));
    }

    public ZoneId zone() {
        return zone;
    }

    /** The shifts in order of their start time. */
    public List<ShiftDefinition> shifts() {
        return shifts;
    }

    public boolean hasShift(String name) {
        return shifts.stream().anyMatch(s -> s.name().equals(name));
    }

    /** The shift running at the instant: the one that started last at or before it. */
    public ShiftSlot slotOf(Instant instant) {
        requireNonNull(instant, "instant");
        LocalDate date = LocalDate.ofInstant(instant, zone);
        // A DST gap can push a start past midnight, a skipped calendar day by a whole day.
        return Stream.of(date, date.minusDays(1), date.minusDays(2))
                .flatMap(day -> shifts.stream().map(s -> new ShiftSlot(day, s.name())))
                .filter(slot -> !start(slot).isAfter(instant))
                .max(comparing(this::start))
                .orElseThrow();
    }

    public Instant start(LocalDate productionDate, String shift) {
        return startOf(productionDate, shifts.get(indexOf(shift)));
    }

    /** When the shift ends: the start of the next shift, on the next day after the last one. */
    public Instant end(LocalDate productionDate, String shift) {
        int next = indexOf(shift) + 1;
        return next < shifts.size()
                ? startOf(productionDate, shifts.get(next))
                : startOf(productionDate.plusDays(1), shifts.getFirst());
    }

    public Duration length(LocalDate productionDate, String shift) {
        return Duration.between(start(productionDate, shift), end(productionDate, shift));
    }

    public Instant start(ShiftSlot slot) {
        return start(slot.productionDate(), slot.shift());
    }

    public Instant end(ShiftSlot slot) {
        return end(slot.productionDate(), slot.shift());
    }

    /** Where a production date begins: the start of its first shift. */
    public Instant dayStart(LocalDate productionDate) {
        return startOf(productionDate, shifts.getFirst());
    }

    /** Where a production date ends (exclusive): the start of the next date's first shift. */
    public Instant dayEnd(LocalDate productionDate) {
        return dayStart(productionDate.plusDays(1));
    }

    private Instant startOf(LocalDate productionDate, ShiftDefinition shift) {
        requireNonNull(productionDate, "productionDate");
        return ZonedDateTime.of(productionDate, shift.start(), zone).toInstant();
    }

    private int indexOf(String shift) {
        for (int i = 0; i < shifts.size(); i++) {
            if (shifts.get(i).name().equals(shift)) {
                return i;
            }
        }
        String known = shifts.stream().map(ShiftDefinition::name).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("unknown shift '" + shift + "', the calendar has " + known);
    }

    private static void requireUnique(List<ShiftDefinition> shifts) {
        Map<String, ShiftDefinition> byName = new HashMap<>();
        Map<LocalTime, ShiftDefinition> byStart = new HashMap<>();
        for (ShiftDefinition shift : shifts) {
            if (byName.putIfAbsent(shift.name(), shift) != null) {
                throw new IllegalArgumentException("shift name '" + shift.name() + "' is used twice");
            }
            ShiftDefinition same = byStart.putIfAbsent(shift.start(), shift);
            if (same != null) {
                throw new IllegalArgumentException(
                        "shifts '" + same.name() + "' and '" + shift.name() + "' both start at " + shift.start());
            }
        }
    }

    @Override
    public String toString() {
        return "ShiftCalendar[zone=" + zone + ", shifts=" + shifts + "]";
    }
}
