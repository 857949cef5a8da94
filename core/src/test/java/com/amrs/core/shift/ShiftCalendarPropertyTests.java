package com.amrs.core.shift;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.core.kpi.MachineTotals;
import com.amrs.core.machine.MachineState;
import com.amrs.core.production.ProductionRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ShiftCalendarPropertyTests {

    private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2035, 12, 31);

    @Property
    void findsEachShiftAtItsOwnStart(
            @ForAll("calendars") ShiftCalendar calendar, @ForAll("dates") LocalDate date, @ForAll int anyShift) {
        var shift =
                calendar.shifts().get(Math.floorMod(anyShift, calendar.shifts().size()));

        assertThat(calendar.slotOf(calendar.start(date, shift.name()))).isEqualTo(new ShiftSlot(date, shift.name()));
    }

    @Example
    void findsEveryShiftOfEveryDayOfTwoYearsAtItsStartAndJustBeforeItsEnd() {
        allCalendars()
                .forEach(calendar -> LocalDate.of(2026, 1, 1)
                        .datesUntil(LocalDate.of(2028, 1, 1))
                        .forEach(date -> calendar.shifts().forEach(shift -> {
                            var slot = new ShiftSlot(date, shift.name());
                            assertThat(calendar.slotOf(calendar.start(slot))).isEqualTo(slot);
                            assertThat(calendar.slotOf(calendar.end(slot).minusNanos(1)))
                                    .isEqualTo(slot);
                        })));
    }

    @Property
    void placesEveryInstantInsideItsShift(
            @ForAll("calendars") ShiftCalendar calendar, @ForAll("instants") Instant instant) {
        var slot = calendar.slotOf(instant);

        assertThat(calendar.start(slot)).isBeforeOrEqualTo(instant);
        assertThat(calendar.end(slot)).isAfter(instant);
    }

    @Property
    void addsShiftTotalsUpToTheDayTotal(
            @ForAll("calendars") ShiftCalendar calendar,
            @ForAll("dates") LocalDate firstDay,
            @ForAll @Size(max = 200) List<@IntRange(min = 0, max = 3 * 25 * 3600 - 1) Integer> secondsIn,
            @ForAll @IntRange(max = 1000) int unitsSeed) {
        Instant origin = calendar.dayStart(firstDay);
        List<ProductionRecord> records = secondsIn.stream()
                .map(s -> record(calendar, origin.plusSeconds(s), 1 + (long) Math.floorMod(s * 31 + unitsSeed, 97)))
                .toList();

        for (LocalDate day = firstDay; day.isBefore(firstDay.plusDays(3)); day = day.plusDays(1)) {
            LocalDate date = day;
            long byShifts = calendar.shifts().stream()
                    .mapToLong(shift -> units(records.stream()
                            .filter(r ->
                                    r.productionDate().equals(date) && r.shift().equals(shift.name()))
                            .toList()))
                    .sum();
            Instant from = calendar.dayStart(date);
            Instant to = calendar.dayEnd(date);
            long byClock = units(records.stream()
                    .filter(r -> !r.timestamp().isBefore(from) && r.timestamp().isBefore(to))
                    .toList());
            assertThat(byShifts).as("units of %s", date).isEqualTo(byClock);
        }
    }

    private static ProductionRecord record(ShiftCalendar calendar, Instant at, long units) {
        var slot = calendar.slotOf(at);
        return new ProductionRecord(
                "OPC-UA-M1",
                slot.productionDate(),
                slot.shift(),
                units,
                units / 10,
                0.5,
                MachineState.RUNNING,
                "test",
                at);
    }

    private static long units(List<ProductionRecord> records) {
        return MachineTotals.fromRecords(records, Duration.ofSeconds(5), id -> 30.0).values().stream()
                .mapToLong(totals -> totals.unitsProduced().longValueExact())
                .sum();
    }

    private static List<ShiftCalendar> allCalendars() {
        return Stream.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"), ZoneOffset.UTC)
                .flatMap(zone -> Stream.of(
                        ShiftCalendar.defaults(zone),
                        new ShiftCalendar(zone, ShiftCalendarDstTests.STARTS_AT_HALF_PAST_TWO)))
                .toList();
    }

    @Provide
    Arbitrary<ShiftCalendar> calendars() {
        return Arbitraries.of(allCalendars());
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        // every DST change of the range is an edge case worth weighting, so mix them in
        Arbitrary<LocalDate> any = Arbitraries.longs()
                .between(FIRST.toEpochDay(), LAST.toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<LocalDate> changes = Arbitraries.of(
                LocalDate.of(2026, 3, 28),
                LocalDate.of(2026, 3, 29),
                LocalDate.of(2026, 10, 24),
                LocalDate.of(2026, 10, 25),
                LocalDate.of(2026, 3, 7),
                LocalDate.of(2026, 3, 8),
                LocalDate.of(2026, 10, 31),
                LocalDate.of(2026, 11, 1));
        return Arbitraries.frequencyOf(Tuple.of(3, any), Tuple.of(1, changes));
    }

    @Provide
    Arbitrary<Instant> instants() {
        long from = FIRST.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        long to = LAST.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        return Arbitraries.longs().between(from, to).map(Instant::ofEpochSecond);
    }
}
