package com.amrs.launcher.command;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/** The last lines of a log (bytes that are not UTF-8 shown as the replacement character). */
final class LogTail {

    private LogTail() {}

    static void print(Path log, int lines, PrintStream out) {
        if (!Files.isRegularFile(log) || lines <= 0) {
            return;
        }
        Deque<String> last = new ArrayDeque<>(lines);
        try (var reader =
                new BufferedReader(new InputStreamReader(Files.newInputStream(log), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (last.size() == lines) {
                    last.removeFirst();
                }
                last.addLast(line);
            }
        } catch (IOException e) {
            return;
        }
        last.forEach(out::println);
    }
}
