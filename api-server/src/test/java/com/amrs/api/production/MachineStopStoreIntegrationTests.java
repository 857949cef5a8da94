package com.amrs.api.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.api.support.RestIntegrationTest;
import com.amrs.core.downtime.ReasonCatalogue;
import com.amrs.core.machine.MachineState;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Stops written with the polls that saw them (DESIGN.md §14): once each, whatever is written again. */
class MachineStopStoreIntegrationTests extends RestIntegrationTest {

    private static final Instant T0 = Instant.parse("2026-01-26T10:00:00Z");
    private static final ReasonCatalogue CATALOGUE = ReasonCatalogue.defaults();

    @Autowired
    ProductionStore store;

    @Autowired
    MachineStopStore stops;

    @Test
    void aStopIsStartedThenEndedAndAReplayOfEitherChangesNothing() {
        StopWrite jam = stop(T0, null, 101);
        StopWrite ended = jam.endedAt(T0.plusSeconds(180));
        StopWrite next = stop(T0.plusSeconds(300), null, 204);

        write(List.of(jam));
        write(List.of(ended, next));
        // the spool replayed after a crash: every write again, in order
        write(List.of(jam));
        write(List.of(ended, next));

        assertThat(rows())
                .containsExactly(
                        "M1 2026-01-26T10:00:00Z 180.0 DOWN 101 101 Jam at infeed unplanned",
                        "M1 2026-01-26T10:05:00Z null DOWN 204 204 Motor overload unplanned");
        assertThat(stops.open()).containsExactly(next);
    }

    @Test
    void aBacklogWithTheStartTheFaultAndTheEndOfOneStopStoresItOnce() {
        StopWrite unassigned = stop(T0, null, null);
        StopWrite jam = unassigned.withFault(101, CATALOGUE.ofFault(101));

        write(List.of(unassigned, jam, jam.endedAt(T0.plusSeconds(40)), stop(T0.plusSeconds(60), null, 0)));

        assertThat(rows())
                .containsExactly(
                        "M1 2026-01-26T10:00:00Z 40.0 DOWN 101 101 Jam at infeed unplanned",
                        "M1 2026-01-26T10:01:00Z null DOWN null null Unassigned unplanned");
    }

    private void write(List<StopWrite> writes) {
        store.store(List.of(), List.of(), writes);
    }

    private static StopWrite stop(Instant start, Instant end, Integer fault) {
        Integer code = fault == null || fault == 0 ? null : fault;
        return new StopWrite("M1", start, end, MachineState.DOWN, code, CATALOGUE.ofFault(code), TODAY, "A");
    }

    private List<String> rows() {
        return jdbc.sql("""
                        select machine_id, started_at, duration_sec, state, fault_code, reason_code, reason, category
                        from machine_stops order by started_at""")
                .query((rs, i) -> String.join(
                        " ",
                        rs.getString(1),
                        rs.getTimestamp(2).toInstant().toString(),
                        String.valueOf(rs.getObject(3)),
                        rs.getString(4),
                        String.valueOf(rs.getObject(5)),
                        String.valueOf(rs.getObject(6)),
                        rs.getString(7),
                        rs.getString(8)))
                .list();
    }
}
