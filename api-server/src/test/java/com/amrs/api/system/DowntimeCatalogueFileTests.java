package com.amrs.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.core.downtime.ReasonCatalogue;
import com.amrs.core.downtime.StopCategory;
import com.amrs.core.downtime.StopReason;
import com.amrs.simulator.machine.Spell;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The repository's config/amrs.yml, read as the api-server reads it: its reason catalogue is the default one. */
class DowntimeCatalogueFileTests {

    private static final Path REPOSITORY_FILE = Path.of("..", "config", "amrs.yml");

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(DowntimeProperties.class)
    static class PropertiesOnly {}

    @Test
    void theShippedCatalogueIsTheDefaultOneWithATwoMinuteMicroStop() {
        withTheRepositoryFile(downtime -> {
            assertThat(downtime.reasons())
                    .as("amrs.downtime.reasons is set, not left to the default")
                    .hasSize(8);
            assertThat(downtime.catalogue().reasons())
                    .containsExactlyElementsOf(ReasonCatalogue.defaults().reasons());
            assertThat(downtime.microStop()).isEqualTo(Duration.ofMinutes(2));
        });
    }

    @Test
    void everyFaultCodeTheSimulatorReportsHasItsReasonAndCategory() {
        withTheRepositoryFile(downtime -> {
            ReasonCatalogue catalogue = downtime.catalogue();
            for (Spell spell : Spell.values()) {
                StopCategory category = spell.planned() ? StopCategory.PLANNED : StopCategory.UNPLANNED;
                for (int code : spell.faultCodes()) {
                    assertThat(catalogue.find(code))
                            .as("%s code %d", spell, code)
                            .get()
                            .extracting(StopReason::category)
                            .isEqualTo(category);
                }
            }
            assertThat(Spell.allFaultCodes()).containsExactly(101, 204, 317, 422, 509, 613, 801);
        });
    }

    private static void withTheRepositoryFile(Consumer<DowntimeProperties> check) {
        assertThat(REPOSITORY_FILE).exists();
        new ApplicationContextRunner()
                .withInitializer(new ConfigDataApplicationContextInitializer())
                .withUserConfiguration(PropertiesOnly.class)
                .withPropertyValues("AMRS_CONFIG=" + REPOSITORY_FILE)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    check.accept(context.getBean(DowntimeProperties.class));
                });
    }
}
