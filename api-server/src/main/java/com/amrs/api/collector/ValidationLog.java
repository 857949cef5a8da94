package com.amrs.api.collector;

import com.amrs.api.production.RecordsRejected;
import com.amrs.api.system.AmrsProperties;
import com.amrs.core.validation.ValidationFix;
import com.amrs.core.validation.ValidationLogLine;
import com.amrs.core.validation.ValidationRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Appends every validation fix of the stored polls, and every record the database refused, to {@code
 * $REPORTS_DIR/validation_log.txt}, one line each (DESIGN.md §5, §13). The fixes are in {@code validation_events} already: a file that cannot be written
 * is logged and costs no record.
 */
@Component
class ValidationLog {

    static final String FILE_NAME = "validation_log.txt";
    private static final Logger log = LoggerFactory.getLogger(ValidationLog.class);

    private final Path file;

    ValidationLog(AmrsProperties properties) {
        this.file = properties.api().reportsDir().resolve(FILE_NAME);
    }

    @EventListener
    void on(ProductionRecorded recorded) {
        List<String> lines = recorded.records().stream()
                .flatMap(record -> record.fixes().stream()
                        .map(fix -> ValidationLogLine.format(
                                record.record().timestamp(), record.record().machineId(), fix)))
                .toList();
        if (!lines.isEmpty()) {
            append(lines);
        }
    }

    /** A record the database refused: one line, the reason as the old value, rule {@code rejected}. */
    @EventListener
    void on(RecordsRejected rejected) {
        append(rejected.rejected().stream()
                .map(refused -> ValidationLogLine.format(
                        refused.record().record().timestamp(),
                        refused.record().record().machineId(),
                        new ValidationFix(ValidationRule.REJECTED, "record", refused.reason(), "rejected_records")))
                .toList());
    }

    private synchronized void append(List<String> lines) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(
                    file,
                    lines,
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE);
        } catch (IOException | RuntimeException e) {
            log.warn(
                    "Cannot append {} fixes to {} (they are in validation_events): {}",
                    lines.size(),
                    file,
                    e.toString());
        }
    }
}
