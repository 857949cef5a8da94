package com.amrs.api.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.NestedExceptionUtils;

/** {@code amrs.alerts} bound as Spring binds config/amrs.yml: a good setting, and each bad one named. */
class AlertPropertiesTests {

    private static final Map<String, String> GOOD = Map.ofEntries(
            Map.entry("amrs.alerts.channels[0].name", "shift-lead"),
            Map.entry("amrs.alerts.channels[0].email", "lead@plant.example.com, maintenance@plant.example.com"),
            Map.entry("amrs.alerts.channels[1].name", "teams"),
            Map.entry("amrs.alerts.channels[1].webhook", "https://plant.webhook.office.com/webhookb2/abc"),
            Map.entry("amrs.alerts.channels[1].secret", "a-shared-secret"),
            Map.entry("amrs.alerts.rules[0].name", "filler-down"),
            Map.entry("amrs.alerts.rules[0].when", "machine_down"),
            Map.entry("amrs.alerts.rules[0].for", "5m"),
            Map.entry("amrs.alerts.rules[0].machines", "OPC-UA-M3"),
            Map.entry("amrs.alerts.rules[0].notify", "shift-lead, teams"),
            Map.entry("amrs.alerts.rules[1].name", "poor-oee"),
            Map.entry("amrs.alerts.rules[1].when", "oee_below"),
            Map.entry("amrs.alerts.rules[1].threshold", "60"),
            Map.entry("amrs.alerts.rules[1].window", "2h"),
            Map.entry("amrs.alerts.rules[1].notify", "teams"));

    @Test
    void aPlantFileWithChannelsAndRulesBinds() {
        AlertProperties alerts = bind(GOOD);

        assertThat(alerts.channels()).hasSize(2);
        assertThat(alerts.channels().get(0).email())
                .containsExactly("lead@plant.example.com", "maintenance@plant.example.com");
        assertThat(alerts.channels().get(1).webhook())
                .isEqualTo(URI.create("https://plant.webhook.office.com/webhookb2/abc"));
        AlertProperties.Rule down = alerts.rules().get(0);
        assertThat(down.condition()).isEqualTo(Condition.MACHINE_DOWN);
        assertThat(down.holdFor()).isEqualTo(Duration.ofMinutes(5));
        assertThat(down.repeat()).as("the default reminder").isEqualTo(Duration.ofHours(1));
        assertThat(down.machines()).containsExactly("OPC-UA-M3");
        assertThat(down.channels()).containsExactly("shift-lead", "teams");
        AlertProperties.Rule oee = alerts.rules().get(1);
        assertThat(oee.condition()).isEqualTo(Condition.OEE_BELOW);
        assertThat(oee.threshold()).isEqualTo(60.0);
        assertThat(oee.window()).isEqualTo(Duration.ofHours(2));
        assertThat(oee.holdFor()).isZero();
    }

    @Test
    void noAlertsAtAll() {
        AlertProperties alerts = bind(Map.of());

        assertThat(alerts.channels()).isEmpty();
        assertThat(alerts.rules()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            amrs.alerts.rules[0].when=machine_gone | amrs.alerts.rules[0].when = "machine_gone" is not one of machine_down, no_production, yield_below, oee_below, plc_unreachable
            amrs.alerts.rules[1].threshold=120 | amrs.alerts.rules[1].threshold must be a per cent between 0 and 100 for oee_below, was 120.0
            amrs.alerts.rules[1].threshold=-1 | amrs.alerts.rules[1].threshold must be a per cent between 0 and 100 for oee_below, was -1.0
            amrs.alerts.rules[0].threshold=50 | amrs.alerts.rules[0].threshold is only for yield_below and oee_below, not machine_down
            amrs.alerts.rules[1].notify=pager | amrs.alerts.rules[1].notify[0] = "pager" is no channel of amrs.alerts.channels
            amrs.alerts.channels[1].webhook=ftp://files.plant.example.com/alerts | amrs.alerts.channels[1].webhook = "ftp://files.plant.example.com/alerts" must be an http or https URL
            amrs.alerts.channels[0].email=not-an-address | amrs.alerts.channels[0].email[0] = "not-an-address" is not an e-mail address
            amrs.alerts.channels[0].webhook=https://hooks.slack.com/services/x | amrs.alerts.channels[0] needs either email (addresses) or webhook (a URL), was both
            amrs.alerts.channels[1].name=shift-lead | amrs.alerts.channels[1].name = "shift-lead" is used twice
            amrs.alerts.rules[0].for=-5m | amrs.alerts.rules[0].for must not be negative, was PT-5M
            """)
    void aBadEntryIsRefusedNamingItsKey(String setting, String message) {
        Map<String, String> properties = new LinkedHashMap<>(GOOD);
        int equals = setting.indexOf('=');
        properties.put(setting.substring(0, equals), setting.substring(equals + 1));

        assertThatThrownBy(() -> bind(properties))
                .satisfies(failure -> assertThat(NestedExceptionUtils.getMostSpecificCause(failure)
                                .getMessage())
                        .startsWith(message));
    }

    private static AlertProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("amrs.alerts", AlertProperties.class);
    }
}
