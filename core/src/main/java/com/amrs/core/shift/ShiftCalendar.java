package com.amrs.core.shift;

import static com.amrs.core.Arguments.requireNonNull;
import static java.util.Comparator.comparing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
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
 *
 * <p>Planned time (DESIGN §14): a shift's time less its breaks, none on a non-production day.
 */
public final class ShiftCalendar {

    private final ZoneId zone;
    private final List<ShiftDefinition> shifts;
    private final NonProductionDays nonProductionDays;

    /** Every day a production day. */
    public ShiftCalendar(ZoneId zone, List<ShiftDefinition> shifts) {
        this(zone, shifts, NonProductionDays.NONE);
    }

    public ShiftCalendar(ZoneId zone, List<ShiftDefinition> shifts, NonProductionDays nonProductionDays) {
        this.nonProductionDays = requireNonNull(nonProductionDays, "nonProductionDays");
        this.zone = requireNonNull(zone, "zone");
        if (shifts == null || shifts.isEmpty()) {
            throw new IllegalArgumentException("a shift calendar needs at least one shift");
        }
        if (shifts.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("shifts must not contain null");
        }
        requireUnique(shifts);
        this.shifts = shifts.stream().sorted(comparing(ShiftDefinition::start)).toList();
        Breaks.requireInside(this.shifts);
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

    /** The same shifts with these non-production days. */
    public ShiftCalendar withNonProductionDays(NonProductionDays days) {
        return new ShiftCalendar(zone, shifts, days);
    }

    public NonProductionDays nonProductionDays() {
        return nonProductionDays;
    }

    /** Whether the production date has planned time: it is not one of the non-production days. */
    public boolean isProductionDay(LocalDate productionDate) {
        return !nonProductionDays.contains(productionDate);
    }

    /** The slot's breaks as instants, in time order, on production and non-production days alike. */
    public List<Interval> breaks(ShiftSlot slot) {
        return Breaks.of(shifts.get(indexOf(slot.shift())), slot.productionDate(), zone, start(slot), end(slot));
    }

    /**
     * The slot's planned time as instants: from its start to its end less its breaks, in time order;
     * none on a non-production day.
     */
    public List<Interval> plannedIntervals(ShiftSlot slot) {
        if (!isProductionDay(slot.productionDate())) {
            return List.of();
        }
        List<Interval> planned = new ArrayList<>();
        Instant cursor = start(slot);
        for (Interval pause : breaks(slot)) {
            if (pause.from().isAfter(cursor)) {
                planned.add(new Interval(cursor, pause.from()));
            }
            cursor = pause.to().isAfter(cursor) ? pause.to() : cursor;
        }
        Instant end = end(slot);
        if (end.isAfter(cursor)) {
            planned.add(new Interval(cursor, end));
        }
        return List.copyOf(planned);
    }

    /** The slot's length less its breaks; zero on a non-production day. */
    public Duration plannedTime(ShiftSlot slot) {
        return plannedIntervals(slot).stream().map(Interval::length).reduce(Duration.ZERO, Duration::plus);
    }

    /** The slots of a production date, in time order. */
    public List<ShiftSlot> slots(LocalDate productionDate) {
        requireNonNull(productionDate, "productionDate");
        return shifts.stream().map(s -> new ShiftSlot(productionDate, s.name())).toList();
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
        return "ShiftCalendar[zone=" + zone + ", shifts=" + shifts
                + (nonProductionDays.isEmpty() ? "" : ", nonProductionDays=" + nonProductionDays) + "]";
    }
}
