package com.amrs.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTests {

    @TempDir
    Path dir;

    @Test
    void createsMissingDirectoriesAndLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("pdf").resolve("Report.pdf");

        ReportFiles.atomically(target, new byte[] {1, 2, 3});

        assertThat(target).hasBinaryContent(new byte[] {1, 2, 3});
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void replacesAnExistingFileWhole() throws Exception {
        Path target = dir.resolve("Report.pdf");
        Files.write(target, new byte[10_000]);

        ReportFiles.atomically(target, new byte[] {42});

        assertThat(target).hasBinaryContent(new byte[] {42});
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("Report.pdf");
        Files.createDirectories(target);

        assertThatThrownBy(() -> ReportFiles.atomically(target, new byte[] {1}))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("cannot write " + target);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }
}
