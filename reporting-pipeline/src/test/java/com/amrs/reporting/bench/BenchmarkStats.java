package com.amrs.reporting.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the benchmarks print beside their times: the median of runs, and the machine's load. */
final class BenchmarkStats {

    private BenchmarkStats() {}

    static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    /** /proc/loadavg: the 1, 5 and 15 minute load averages; wall times mean little without them. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "unknown";
        }
    }
}
