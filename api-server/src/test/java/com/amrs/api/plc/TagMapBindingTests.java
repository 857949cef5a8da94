package com.amrs.api.plc;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.core.machine.MachineState;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** The tag map as Spring binds it from a config/amrs.yml. */
class TagMapBindingTests {

    @Test
    void bindsTheTagMapOfTheDesign() {
        runner("tag-maps/acme.yml").run(context -> {
            assertThat(context).hasNotFailed();
            List<PlcDefinition> plcs =
                    TagMap.parse(context.getBean(PlcProperties.class).plcs());

            assertThat(plcs).extracting(PlcDefinition::name).containsExactly("line1", "sim");
            PlcDefinition line1 = plcs.getFirst();
            assertThat(line1.pollInterval()).isEqualTo(Duration.ofSeconds(5));
            assertThat(line1.security().username()).isEqualTo("collector");
            assertThat(line1.machines())
                    .extracting(MachineTags::machineId)
                    .containsExactly("FILLER-1", "FILLER-2", "FILLER-3");
            MachineTags filler1 = line1.machines().getFirst();
            assertThat(filler1.nodes())
                    .containsOnlyKeys(Signal.GOOD_COUNT, Signal.REJECT_COUNT, Signal.STATE, Signal.FAULT_CODE);
            assertThat(filler1.node(Signal.STATE).orElseThrow().getNamespaceUri())
                    .isEqualTo("urn:acme:line1");
            assertThat(filler1.stateMap().map(10)).contains(MachineState.DOWN);
            assertThat(filler1.stateMap().map(2)).contains(MachineState.IDLE);
            assertThat(filler1.idealCycleTimeSeconds()).isEqualTo(0.8);
            assertThat(line1.machines().get(2).stateMap().map(11)).contains(MachineState.DOWN);
            assertThat(line1.machines().get(2).stateMap().map(2)).isEmpty();
            assertThat(plcs.get(1).discoverSimulator()).isTrue();
        });
    }

    @Test
    void aMalformedNodeIdStopsStartUpNamingItsKey() {
        runner("tag-maps/bad-state-node.yml")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageStartingWith(
                                "amrs.plcs[0].machines[1].nodes.state = \"ns=2;x=2002\": not a NodeId"));
    }

    @Test
    void anUnknownStateMapStopsStartUpNamingIt() {
        runner("tag-maps/unknown-state-map.yml")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("unknown state map \"isa88\""));
    }

    private static ApplicationContextRunner runner(String yaml) {
        return new ApplicationContextRunner()
                .withInitializer(
                        context -> context.getEnvironment().getPropertySources().addFirst(load(yaml)))
                .withBean(StateMapPresets.class)
                .withUserConfiguration(Config.class);
    }

    private static PropertySource<?> load(String yaml) {
        try {
            return new YamlPropertySourceLoader()
                    .load(yaml, new ClassPathResource(yaml))
                    .getFirst();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @EnableConfigurationProperties(PlcProperties.class)
    static class Config {}
}
