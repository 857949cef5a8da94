package com.amrs.reporting.bench;

import static com.amrs.reporting.bench.BenchmarkStats.loadAverage;
import static com.amrs.reporting.bench.BenchmarkStats.median;
import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.reporting.JavaProcess;
import com.amrs.reporting.ReportingPipelineApplication;
import com.amrs.reporting.report.GeneratedReport;
import com.amrs.reporting.report.ReportGenerator;
import com.amrs.reporting.support.TestDatabase;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * A 30-day report of 100 machines in a 512 MB heap, timed as the service makes it (after the
 * start-up report) and as {@code --once} makes it in a fresh JVM. Wall times depend on what else
 * runs on the machine, so the load average and the process CPU time are printed with them. Run it
 * with {@code ./mvnw -B -ntp -pl reporting-pipeline -am -Pbench test -Dtest=ReportBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; see bench/README.md.
 */
class ReportBenchmark {

    private static final long BUDGET_MS = 3_000;
    private static final long HEAP_LIMIT = 512L * 1024 * 1024;
    private static final int RUNS = 5;
    private static final Path REPORTS = Path.of("target", "bench-reports").toAbsolutePath();
    private static final Pattern REPORT_TIME = Pattern.compile("Report \\d+ of .* in (\\d+) ms");

    @BeforeAll
    static void seed() {
        BenchmarkData.seed();
    }

    @Test
    void reportInTheService() {
        assertThat(Runtime.getRuntime().maxMemory()).as("run with -Xmx512m").isLessThanOrEqualTo(HEAP_LIMIT);
        var os = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
        try (var context = new SpringApplicationBuilder(ReportingPipelineApplication.class).run(arguments())) {
            ReportGenerator generator = context.getBean(ReportGenerator.class);
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            List<Long> wall = new ArrayList<>();
            List<Long> cpu = new ArrayList<>();
            GeneratedReport report = null;
            for (int i = 0; i < RUNS; i++) {
                long cpuBefore = os.getProcessCpuTime();
                long started = System.nanoTime();
                report = generator.generate();
                wall.add((System.nanoTime() - started) / 1_000_000);
                cpu.add((os.getProcessCpuTime() - cpuBefore) / 1_000_000);
            }
            assertThat(report.data().kpis().machineCount()).isEqualTo(BenchmarkData.MACHINES);
            assertThat(report.data().production()).hasSize(BenchmarkData.MACHINES * BenchmarkData.DAYS * 3);
            System.out.printf(
                    "BENCH service: wall %s ms, process CPU %s ms, heap peak %d MB of max %d MB, load %s%n",
                    wall, cpu, peakHeapMb(), Runtime.getRuntime().maxMemory() >> 20, loadAverage());
            assertThat(median(wall)).as("median wall time").isLessThanOrEqualTo(BUDGET_MS);
        }
    }

    @Test
    void reportOnceInAFreshJvm() throws Exception {
        JavaProcess run = JavaProcess.run(environment(), "--once");

        assertThat(run.exitCode()).as(run.output()).isZero();
        Matcher report = REPORT_TIME.matcher(run.output());
        assertThat(report.find()).as(run.output()).isTrue();
        System.out.printf(
                "BENCH once: first report in a fresh -Xmx512m JVM %s ms, whole process %d ms, load %s%n",
                report.group(1), run.took().toMillis(), loadAverage());
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(pool -> pool.getType() == MemoryType.HEAP)
                        .mapToLong(pool -> pool.getPeakUsage().getUsed())
                        .sum()
                >> 20;
    }

    private static String[] arguments() {
        return environment().entrySet().stream()
                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                .toArray(String[]::new);
    }

    private static Map<String, String> environment() {
        return Map.of(
                "AMRS_CONFIG", "does-not-exist.yml",
                "DB_PORT", String.valueOf(TestDatabase.port()),
                "DB_NAME", "postgres",
                "DB_USER", "postgres",
                "DB_PASSWORD", TestDatabase.PASSWORD,
                "REPORTS_DIR", REPORTS.toString(),
                "REPORT_DAYS", String.valueOf(BenchmarkData.DAYS),
                "SMTP_SERVER", "",
                "EMAIL_RECEIVER", "");
    }
}
