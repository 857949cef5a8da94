package com.amrs.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.core.shift.ShiftCalendar;
import com.amrs.core.shift.ShiftSlot;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** application.yml maps the environment variables; a bad value stops start-up naming its key. */
class AmrsPropertiesTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(PropertiesOnly.class)
            .withPropertyValues("AMRS_CONFIG=target/no-such-file.yml");

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AmrsProperties.class)
    static class PropertiesOnly {}

    @Test
    void defaultsMatchTheDesign() {
        runner.run(context -> {
            AmrsProperties properties = context.getBean(AmrsProperties.class);
            assertThat(properties.api().pollInterval()).isEqualTo(Duration.ofSeconds(5));
            assertThat(properties.api().opcuaUrl()).isEqualTo("opc.tcp://localhost:4840/freeopcua/server/");
            assertThat(properties.api().bufferCapacity()).isEqualTo(720_000);
            assertThat(properties.api().writesEnabled()).isFalse();
            assertThat(properties.plant().timezone()).isEqualTo(ZoneId.of("UTC"));
            assertThat(properties.plant().calendar().shifts()).hasSize(3);
            assertThat(properties.api().live())
                    .isEqualTo(new AmrsProperties.Live(
                            Duration.ofSeconds(5),
                            DataSize.ofKilobytes(512),
                            Duration.ofSeconds(20),
                            Duration.ofSeconds(10)));
        });
    }

    @Test
    void readsTheEnvironmentVariablesOfTheDesign() {
        runner.withPropertyValues(
                        "POLL_INTERVAL_MS=750",
                        "PLANT_TIMEZONE=Europe/Berlin",
                        "API_KEY=k",
                        "OPCUA_SERVER_URL=opc.tcp://plc:4841/freeopcua/server/")
                .run(context -> {
                    AmrsProperties properties = context.getBean(AmrsProperties.class);
                    assertThat(properties.api().pollInterval()).isEqualTo(Duration.ofMillis(750));
                    assertThat(properties.plant().timezone()).isEqualTo(ZoneId.of("Europe/Berlin"));
                    assertThat(properties.api().writesEnabled()).isTrue();
                    assertThat(properties.api().opcuaUrl()).isEqualTo("opc.tcp://plc:4841/freeopcua/server/");
                });
    }

    @Test
    void refusesAPollIntervalThatIsNoNumber() {
        assertStartupFailsNaming("amrs.api.poll-interval", "POLL_INTERVAL_MS=abc");
    }

    @Test
    void refusesANonPositivePollInterval() {
        assertStartupFailsNaming("amrs.api.poll-interval", "POLL_INTERVAL_MS=0");
    }

    @Test
    void refusesANonPositiveSendTimeLimitOfTheLiveStream() {
        assertStartupFailsNaming("amrs.api.live.send-time-limit", "amrs.api.live.send-time-limit=0s");
    }

    @Test
    void refusesAnUnknownTimeZone() {
        assertStartupFailsNaming("amrs.plant.timezone", "PLANT_TIMEZONE=Mars/Base");
    }

    @Test
    void refusesTwoShiftsWithOneName() {
        assertStartupFailsNaming(
                "amrs.plant.shifts",
                "amrs.plant.shifts[0].name=A",
                "amrs.plant.shifts[0].start=06:00",
                "amrs.plant.shifts[1].name=A",
                "amrs.plant.shifts[1].start=18:00",
                "amrs.plant.shifts[2].name=C",
                "amrs.plant.shifts[2].start=22:00");
    }

    @Test
    void readsBreaksAndNonProductionDaysIntoTheShiftCalendar() {
        runner.withPropertyValues(
                        "amrs.plant.shifts[0].name=A",
                        "amrs.plant.shifts[0].start=06:00",
                        "amrs.plant.shifts[0].breaks[0].start=10:00",
                        "amrs.plant.shifts[0].breaks[0].duration=15m",
                        "amrs.plant.shifts[0].breaks[1].start=12:00",
                        "amrs.plant.shifts[0].breaks[1].duration=30m",
                        "amrs.plant.shifts[1].name=B",
                        "amrs.plant.shifts[1].start=14:00",
                        "amrs.plant.non-production-days=saturday,SUNDAY,2026-12-25")
                .run(context -> {
                    ShiftCalendar calendar =
                            context.getBean(AmrsProperties.class).plant().calendar();
                    LocalDate friday = LocalDate.of(2026, 1, 30);
                    assertThat(calendar.plannedTime(new ShiftSlot(friday, "A"))).isEqualTo(Duration.ofMinutes(435));
                    assertThat(calendar.plannedTime(new ShiftSlot(friday, "B"))).isEqualTo(Duration.ofHours(16));
                    assertThat(calendar.isProductionDay(friday.plusDays(1))).isFalse();
                    assertThat(calendar.isProductionDay(friday.plusDays(2))).isFalse();
                    assertThat(calendar.isProductionDay(LocalDate.of(2026, 12, 25)))
                            .isFalse();
                    assertThat(calendar.isProductionDay(LocalDate.of(2026, 12, 24)))
                            .isTrue();
                });
    }

    @Test
    void keepsEveryDayAProductionDayWithoutBreaksByDefault() {
        runner.run(context -> {
            ShiftCalendar calendar =
                    context.getBean(AmrsProperties.class).plant().calendar();
            assertThat(calendar.isProductionDay(LocalDate.of(2026, 1, 31))).isTrue();
            assertThat(calendar.plannedTime(new ShiftSlot(LocalDate.of(2026, 1, 31), "A")))
                    .isEqualTo(Duration.ofHours(8));
        });
    }

    @Test
    void refusesOverlappingBreaks() {
        assertStartupFailsNaming(
                "amrs.plant.shifts: the breaks at 10:00 (15m) and 10:10 (15m) of shift A overlap",
                "amrs.plant.shifts[0].name=A",
                "amrs.plant.shifts[0].start=06:00",
                "amrs.plant.shifts[0].breaks[0].start=10:00",
                "amrs.plant.shifts[0].breaks[0].duration=15m",
                "amrs.plant.shifts[0].breaks[1].start=10:10",
                "amrs.plant.shifts[0].breaks[1].duration=15m");
    }

    @Test
    void refusesABreakWithoutADuration() {
        assertStartupFailsNaming(
                "amrs.plant.shifts[0].breaks[0] needs a start and a duration",
                "amrs.plant.shifts[0].name=A",
                "amrs.plant.shifts[0].start=06:00",
                "amrs.plant.shifts[0].breaks[0].start=10:00");
    }

    @Test
    void refusesANonProductionDayThatIsNoDay() {
        assertStartupFailsNaming(
                "amrs.plant.non-production-days[0] = \"2026-13-01\"", "amrs.plant.non-production-days=2026-13-01");
    }

    private void assertStartupFailsNaming(String key, String... properties) {
        runner.withPropertyValues(properties).run(context -> {
            assertThat(context).hasFailed();
            assertThat(messages(context.getStartupFailure())).contains(key);
        });
    }

    private static String messages(Throwable failure) {
        var text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            text.append(t.getMessage()).append('\n');
        }
        return text.toString();
    }
}
