package com.amrs.launcher.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** A file only its owner may read (mode 0600), made empty before anything secret is written to it. */
final class PrivateFile {

    private PrivateFile() {}

    static void create(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the file keeps the access rights of its folder, the user's own
        }
    }
}
