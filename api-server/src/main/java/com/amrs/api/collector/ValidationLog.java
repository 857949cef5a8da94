package com.amrs.api.collector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/** Appends validation fixes to {@code $REPORTS_DIR/validation_log.txt}, one line each (DESIGN.md §5). */
class ValidationLog {

    static final String FILE_NAME = "validation_log.txt";

    private final Path file;

    ValidationLog(Path reportsDir) {
        this.file = reportsDir.resolve(FILE_NAME);
    }

    synchronized void append(List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(
                    file,
                    lines,
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to " + file, e);
        }
    }

    Path file() {
        return file;
    }
}
