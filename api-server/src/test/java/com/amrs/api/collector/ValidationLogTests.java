package com.amrs.api.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import com.amrs.api.production.NewRecord;
import com.amrs.api.production.RecordsRejected;
import com.amrs.api.production.RejectedRecord;
import com.amrs.core.machine.MachineState;
import com.amrs.core.production.ProductionSample;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.core.validation.RecordValidator;
import com.amrs.core.validation.ValidationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationLogTests {

    private static final Instant T0 = Instant.parse("2026-01-26T08:00:05Z");

    @TempDir
    Path reports;

    @Test
    void appendsOneLinePerFixOfTheStoredPoll() throws Exception {
        new ValidationLog(ProductionCollectorTests.properties(reports)).on(recorded(20, 15));

        assertThat(Files.readAllLines(reports.resolve("validation_log.txt")))
                .containsExactly("2026-01-26T08:00:05Z OPC-UA-M1 defective_units 20 15 defects_above_units");
    }

    @Test
    void appendsALinePerRecordTheDatabaseRefused() throws Exception {
        NewRecord refused = recorded(0, 15).records().getFirst();

        new ValidationLog(ProductionCollectorTests.properties(reports))
                .on(new RecordsRejected(List.of(new RejectedRecord(refused, "bigint out of range"))));

        assertThat(Files.readAllLines(reports.resolve("validation_log.txt")))
                .containsExactly("2026-01-26T08:00:05Z OPC-UA-M1 record bigint_out_of_range rejected_records rejected");
    }

    @Test
    void aLogThatCannotBeWrittenCostsNothingButALogLine() throws Exception {
        Path notAFolder = Files.writeString(reports.resolve("taken"), "a file where the folder should be");

        assertThatNoException()
                .isThrownBy(
                        () -> new ValidationLog(ProductionCollectorTests.properties(notAFolder)).on(recorded(20, 15)));
    }

    private static ProductionRecorded recorded(long defects, long units) {
        ValidationResult result = new RecordValidator()
                .validate(
                        new ProductionSample(
                                "OPC-UA-M1",
                                LocalDate.of(2026, 1, 26),
                                "A",
                                units,
                                defects,
                                0.0,
                                MachineState.RUNNING,
                                "opcua",
                                T0),
                        Duration.ofSeconds(5));
        var slot = ShiftCalendar.defaults(ZoneOffset.UTC).slotOf(T0);
        return new ProductionRecorded(
                "sim",
                T0,
                List.of(new NewRecord(result.record(), Duration.ofSeconds(5), 1.5, result.fixes())),
                List.of(new ProductionRecorded.MachineSeen("OPC-UA-M2", "IDLE", slot)));
    }
}
