package com.amrs.reporting.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.core.shift.ShiftBreak;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.core.shift.ShiftDefinition;
import com.amrs.core.shift.ShiftSlot;
import com.amrs.reporting.ReportingPipelineApplication;
import com.amrs.reporting.support.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

class SharedConfigFileIntegrationTests {

    private static final String PLANT_FILE = """
            amrs:
              plant:
                name: Springfield Plant
                timezone: ${PLANT_TIMEZONE:Europe/Berlin}
                shifts:
                  - name: Early
                    start: "05:30"
                    breaks:
                      - { start: "09:30", duration: 15m }
                      - { start: "12:00", duration: 30m }
                  - name: Late
                    start: "17:30"
                non-production-days: [SUNDAY, 2026-12-25]
              report:
                days: ${REPORT_DAYS:14}
                cron: ${REPORT_CRON:0 15 6 * * MON-FRI}
            """;

    @TempDir
    Path directory;

    @BeforeEach
    void cleanDatabase() {
        TestDatabase.clean();
    }

    @Test
    void readsThePlantAndTheReportSettingsFromTheSharedFile() throws IOException {
        startedWith(List.of("--AMRS_CONFIG=" + plantFile()), context -> {
            ReportingProperties properties = context.getBean(ReportingProperties.class);
            assertThat(properties.plant().name()).isEqualTo("Springfield Plant");
            assertThat(properties.report().days()).isEqualTo(14);
            assertThat(properties.report().cron()).isEqualTo("0 15 6 * * MON-FRI");
            ShiftCalendar calendar = context.getBean(ShiftCalendar.class);
            assertThat(calendar.shifts())
                    .containsExactly(
                            new ShiftDefinition(
                                    "Early",
                                    LocalTime.of(5, 30),
                                    List.of(
                                            new ShiftBreak(LocalTime.of(9, 30), Duration.ofMinutes(15)),
                                            new ShiftBreak(LocalTime.of(12, 0), Duration.ofMinutes(30)))),
                            new ShiftDefinition("Late", LocalTime.of(17, 30)));
            LocalDate saturday = LocalDate.of(2026, 1, 31);
            assertThat(calendar.plannedTime(new ShiftSlot(saturday, "Early"))).isEqualTo(Duration.ofMinutes(675));
            assertThat(calendar.plannedTime(new ShiftSlot(saturday.plusDays(1), "Early")))
                    .isZero();
            assertThat(calendar.isProductionDay(LocalDate.of(2026, 12, 25))).isFalse();
        });
    }

    @Test
    void environmentVariablesWinOverTheSharedFile() throws IOException {
        startedWith(
                List.of("--AMRS_CONFIG=" + plantFile(), "--REPORT_DAYS=3", "--PLANT_TIMEZONE=Asia/Tokyo"), context -> {
                    ReportingProperties properties = context.getBean(ReportingProperties.class);
                    assertThat(properties.report().days()).isEqualTo(3);
                    assertThat(properties.plant().timezone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
                });
    }

    @Test
    void theRepositorysPlantFileGivesTheDocumentedDefaults() {
        Path repositoryFile = Path.of("..", "config", "amrs.yml");
        assertThat(repositoryFile).exists();

        startedWith(List.of("--AMRS_CONFIG=" + repositoryFile), context -> {
            ReportingProperties.Report report =
                    context.getBean(ReportingProperties.class).report();
            assertThat(report.days()).isEqualTo(7);
            assertThat(report.cron()).isEqualTo("0 0 8 * * *");
            assertThat(report.dir()).isEqualTo(directory);
            assertThat(report.mail().server()).isFalse();
            ShiftCalendar calendar = context.getBean(ShiftCalendar.class);
            LocalDate sunday = LocalDate.of(2026, 2, 1);
            assertThat(calendar.isProductionDay(sunday)).isTrue();
            assertThat(calendar.plannedTime(new ShiftSlot(sunday, "A"))).isEqualTo(Duration.ofHours(8));
        });
    }

    private Path plantFile() throws IOException {
        return Files.writeString(directory.resolve("amrs.yml"), PLANT_FILE);
    }

    private void startedWith(List<String> args, Consumer<ConfigurableApplicationContext> check) {
        List<String> all = new ArrayList<>(args);
        all.add("--DB_PORT=" + TestDatabase.port());
        all.add("--DB_NAME=postgres");
        all.add("--DB_USER=postgres");
        all.add("--DB_PASSWORD=" + TestDatabase.PASSWORD);
        all.add("--REPORTS_DIR=" + directory);
        try (var context =
                new SpringApplicationBuilder(ReportingPipelineApplication.class).run(all.toArray(String[]::new))) {
            check.accept(context);
        }
    }
}
