package com.amrs.api.downtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.amrs.api.support.CollectorIntegrationTest;
import com.amrs.api.support.LiveClients;
import com.amrs.api.support.LiveListener;
import com.amrs.api.support.SimulatedTime;
import com.amrs.api.system.ProductionDays;
import com.amrs.core.machine.MachineState;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.core.shift.ShiftSlot;
import com.amrs.store.downtime.MachineStop;
import com.amrs.store.oee.AsOf;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real simulator's stops end to end (DESIGN.md §14): plc-simulator's machines jam, change over and run
 * again; the collector, subscribed to their State and FaultCode and polling every 500 ms, makes one row of
 * {@code machine_stops} per stop, with the PLC's FaultCode, the catalogue's reason and the instants the PLC
 * changed state; {@code /api/downtime}, its Pareto and {@code /api/oee/losses} agree with those rows. The
 * test moves the simulated time on itself ({@link SimulatedTime}) to the next stop it wants.
 */
class SimulatorStopsIntegrationTests extends CollectorIntegrationTest {

    /** The collector sees a change at its next poll or subscription publish, both every 500 ms. */
    private static final Duration SEEN_WITHIN = Duration.ofSeconds(1);
    /** How many polls a stop stands: the collector must keep it one row all along. */
    private static final int POLLS_STOPPED = 4;
    /** The API's minutes are rounded to 2 decimals. */
    private static final double ROUNDED = 0.005;

    @Autowired
    ProductionDays productionDays;

    @Autowired
    ShiftCalendar calendar;

    @Autowired
    JsonMapper json;

    private SimulatedTime time;

    private record Reason(Integer code, String reason, String category) {}

    @BeforeEach
    void takeOverTheSimulatedTime() {
        time = new SimulatedTime(polls);
    }

    @AfterEach
    void keepTheSimulatorTicking() {
        time.close();
    }

    @Test
    void aJamIsOneStopWithItsFaultCodeItsReasonAndTheInstantsThePlcStoppedAndRan() {
        try (var clients = new LiveClients(port, 64 * 1024)) {
            LiveListener topic = clients.stomp("/topic/stops");
            SimulatedTime.Stop jam = time.stop(MachineState.DOWN, 101, POLLS_STOPPED);

            List<MachineStop> rows = rowsOf(jam);
            assertThat(rows)
                    .extracting(SimulatorStopsIntegrationTests::stateFaultAndReason)
                    .containsOnly("DOWN 101: 101 Jam at infeed (unplanned)");
            StopPage listed = read("/api/downtime?days=1&machine=" + jam.machineId(), StopPage.class);
            assertThat(listed.stops()).extracting(MachineStop::machineId).containsOnly(jam.machineId());
            assertThat(listed.stops()).contains(rows.getLast());
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> events(topic, rows.getFirst()).contains("ended"));
            assertThat(events(topic, rows.getFirst()))
                    .as("/topic/stops on the jam")
                    .containsOnlyOnce("started", "ended")
                    .isSubsetOf("started", "reason", "ended");
        }
    }

    @Test
    void aChangeoverIsAPlannedStopInTheLossesNotAnUnplannedOne() {
        SimulatedTime.Stop changeover = time.stop(MachineState.IDLE, 801, POLLS_STOPPED);

        List<MachineStop> rows = rowsOf(changeover);
        assertThat(rows)
                .extracting(SimulatorStopsIntegrationTests::stateFaultAndReason)
                .containsOnly("IDLE 801: 801 Planned changeover (planned)");
        time.runAll();
        List<MachineStop> machineToday = today().stream()
                .filter(row -> row.machineId().equals(changeover.machineId()))
                .toList();
        // OEE counts up to the last full ten seconds: its stops are all in once that has passed their ends
        Instant lastEnd = machineToday.stream()
                .map(MachineStop::endedAt)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        await().atMost(Duration.ofSeconds(AsOf.SECONDS + 2))
                .until(() -> AsOf.of(Instant.now()).isAfter(lastEnd));
        JsonNode losses = read("/api/oee/losses?days=1&machine=" + changeover.machineId(), JsonNode.class);
        double changeoverMinutes = minutes(rows, "planned");
        assertThat(changeoverMinutes).isGreaterThan(2 * ROUNDED);
        assertThat(losses.get("planned_stops_min").asDouble())
                .isCloseTo(minutes(machineToday, "planned"), within(2 * ROUNDED))
                .isGreaterThanOrEqualTo(changeoverMinutes - ROUNDED);
        assertThat(losses.get("unplanned_stops_min").asDouble()
                        + losses.get("micro_stops_min").asDouble())
                .isCloseTo(minutes(machineToday, "unplanned"), within(3 * ROUNDED));
    }

    @Test
    void theParetoOfTheDayIsTheStoredStopsByReasonOpenOnesUntilNow() {
        time.next(machine -> machine.state() != MachineState.RUNNING);

        // open stops count until the last full ten seconds before the request
        Instant before = AsOf.of(Instant.now());
        List<ParetoEntry> withAnOpenStop = List.of(read("/api/downtime/pareto?days=1", ParetoEntry[].class));
        Instant after = AsOf.of(Instant.now());
        assertThat(today()).anyMatch(MachineStop::open);
        assertParetoOfTheStoredStops(withAnOpenStop, before, after);

        time.runAll();
        assertThat(today()).noneMatch(MachineStop::open);
        Instant now = Instant.now();
        assertParetoOfTheStoredStops(List.of(read("/api/downtime/pareto?days=1", ParetoEntry[].class)), now, now);
    }

    /**
     * The stop's rows, checked to be that one stop: one row (one per shift it spans) at the PLC's instants; and
     * no two rows of a machine overlap.
     */
    private List<MachineStop> rowsOf(SimulatedTime.Stop stop) {
        List<MachineStop> rows = jdbc.sql("select * from machine_stops where machine_id = ? and started_at < ?"
                        + " and (ended_at is null or ended_at > ?) order by started_at")
                .params(
                        stop.machineId(),
                        Timestamp.from(stop.ended().plus(SEEN_WITHIN)),
                        Timestamp.from(stop.started()))
                .query(MachineStop::read)
                .list();
        assertThat(rows).as("the rows of %s", stop).isNotEmpty();
        assertNoMachineStoppedTwiceAtOnce();
        for (int i = 1; i < rows.size(); i++) {
            MachineStop before = rows.get(i - 1);
            assertThat(rows.get(i).startedAt())
                    .as("a stop continues in a new row at a shift change only: %s", rows)
                    .isEqualTo(before.endedAt())
                    .isEqualTo(calendar.end(before.productionDate(), before.shift()));
        }
        Instant started = stop.started().truncatedTo(ChronoUnit.MICROS);
        Instant ended = stop.ended().truncatedTo(ChronoUnit.MICROS);
        assertThat(rows.getFirst().startedAt()).isBetween(started, started.plus(SEEN_WITHIN));
        assertThat(rows.getLast().endedAt()).isBetween(ended, ended.plus(SEEN_WITHIN));
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.durationSec())
                    .isCloseTo(Duration.between(row.startedAt(), row.endedAt()).toNanos() / 1e9, within(1e-6));
            assertThat(new ShiftSlot(row.productionDate(), row.shift())).isEqualTo(calendar.slotOf(row.startedAt()));
        });
        return rows;
    }

    /** No two rows of a machine overlap: no stop is stored twice. */
    private void assertNoMachineStoppedTwiceAtOnce() {
        assertThat(jdbc.sql("""
                        select a.machine_id || ' ' || a.started_at || ' ' || b.started_at from machine_stops a
                        join machine_stops b on a.machine_id = b.machine_id and a.id < b.id
                         and tstzrange(a.started_at, coalesce(a.ended_at, 'infinity'))
                          && tstzrange(b.started_at, coalesce(b.ended_at, 'infinity'))
                        """).query(String.class).list()).isEmpty();
    }

    /**
     * Per reason, the Pareto's stops are the stored stops (a row that continues one at a shift change is no new
     * stop) and its minutes their durations, open stops until {@link AsOf} the request, made between two
     * instants.
     */
    private void assertParetoOfTheStoredStops(List<ParetoEntry> pareto, Instant before, Instant after) {
        List<MachineStop> all =
                jdbc.sql("select * from machine_stops").query(MachineStop::read).list();
        List<MachineStop> today = today();
        Map<Reason, List<MachineStop>> byReason = today.stream()
                .collect(Collectors.groupingBy(row -> new Reason(row.reasonCode(), row.reason(), row.category())));
        assertThat(pareto)
                .extracting(entry -> new Reason(entry.reasonCode(), entry.reason(), entry.category()))
                .containsExactlyInAnyOrderElementsOf(byReason.keySet());
        assertThat(pareto).extracting(ParetoEntry::minutes).isSortedAccordingTo(Comparator.reverseOrder());
        double rounding = pareto.size() * ROUNDED;
        assertThat(pareto.stream().mapToDouble(ParetoEntry::minutes).sum())
                .as("all the minutes of the day")
                .isBetween(minutes(today, before) - rounding, minutes(today, after) + rounding);
        for (ParetoEntry entry : pareto) {
            List<MachineStop> rows = byReason.get(new Reason(entry.reasonCode(), entry.reason(), entry.category()));
            assertThat(entry.stops())
                    .as("stops of %s", entry)
                    .isEqualTo(rows.stream().filter(row -> !continues(row, all)).count());
            assertThat(entry.minutes())
                    .as("minutes of %s", entry)
                    .isBetween(minutes(rows, before) - ROUNDED, minutes(rows, after) + ROUNDED);
        }
    }

    private static String stateFaultAndReason(MachineStop row) {
        return row.state() + " " + row.faultCode() + ": " + row.reasonCode() + " " + row.reason() + " ("
                + row.category() + ")";
    }

    private static boolean continues(MachineStop row, List<MachineStop> all) {
        return all.stream()
                .anyMatch(earlier -> earlier.machineId().equals(row.machineId())
                        && row.startedAt().equals(earlier.endedAt())
                        && earlier.state().equals(row.state())
                        && Objects.equals(earlier.faultCode(), row.faultCode()));
    }

    private static double minutes(List<MachineStop> rows, Instant now) {
        return rows.stream().mapToDouble(row -> row.minutes(now)).sum();
    }

    private static double minutes(List<MachineStop> closed, String category) {
        return closed.stream()
                .filter(row -> row.category().equals(category))
                .mapToDouble(row -> row.durationSec() / 60)
                .sum();
    }

    private List<MachineStop> today() {
        return jdbc.sql("select * from machine_stops where production_date = ?")
                .param(productionDays.today())
                .query(MachineStop::read)
                .list();
    }

    /** The events {@code /topic/stops} sent of the stop that the row starts. */
    private List<String> events(LiveListener topic, MachineStop row) {
        return topic.messages().stream()
                .map(message -> json.readValue(message.json(), StopChanged.class))
                .filter(change -> change.machineId().equals(row.machineId())
                        && change.startedAt().equals(row.startedAt()))
                .map(StopChanged::event)
                .toList();
    }

    /** A GET's body, read as the API writes it. */
    private <T> T read(String uri, Class<T> type) {
        return json.readValue(mvc.get().uri(uri).exchange().getResponse().getContentAsByteArray(), type);
    }
}
