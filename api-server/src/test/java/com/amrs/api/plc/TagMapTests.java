package com.amrs.api.plc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.amrs.api.plc.PlcProperties.Machine;
import com.amrs.api.plc.PlcProperties.MachineTemplate;
import com.amrs.api.plc.PlcProperties.Plc;
import com.amrs.api.plc.PlcProperties.Security;
import com.amrs.core.machine.MachineState;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.junit.jupiter.api.Test;

class TagMapTests {

    private static final String GOOD = "nsu=urn:acme:line1;s=\"Line1\".\"Filler1\".\"GoodCount\"";
    private static final Security NONE = new Security("None", "None", null, null, false);

    @Test
    void turnsAPlcWithMachinesAndATemplateIntoDefinitions() {
        var template = new MachineTemplate(
                List.of("FILLER-2", "FILLER-3"),
                "800ms",
                nodes("nsu=urn:acme:line1;s=\"Line1\".\"{id}\".\"GoodCount\""),
                Map.of("6", "RUNNING", "*", "IDLE"));
        var plc = new Plc(
                "line1",
                "opc.tcp://10.1.2.3:4840/",
                Duration.ofSeconds(1),
                new Security("Basic256Sha256", "SignAndEncrypt", "collector", "secret", true),
                null,
                List.of(new Machine("FILLER-1", "0.8s", nodes(GOOD), StateMapPresets.PACKML)),
                template);

        PlcDefinition definition = TagMap.parse(List.of(plc)).getFirst();

        assertThat(definition.security().policy()).isEqualTo(SecurityPolicy.Basic256Sha256);
        assertThat(definition.security().mode()).isEqualTo(MessageSecurityMode.SignAndEncrypt);
        assertThat(definition.security().trustOnFirstUse()).isTrue();
        assertThat(definition.machines())
                .extracting(MachineTags::machineId)
                .containsExactly("FILLER-1", "FILLER-2", "FILLER-3");
        assertThat(definition.machines().getFirst().idealCycleTimeSeconds()).isEqualTo(0.8);
        assertThat(definition
                        .machines()
                        .get(2)
                        .node(Signal.GOOD_COUNT)
                        .orElseThrow()
                        .getIdentifier())
                .isEqualTo("\"Line1\".\"FILLER-3\".\"GoodCount\"");
        assertThat(definition.machines().get(2).stateMap().map(11)).contains(MachineState.IDLE);
        assertThat(definition.machines().getFirst().stateMap().map(11)).contains(MachineState.DOWN);
    }

    @Test
    void acceptsSignalKeysAsSpringBindsThem() {
        Map<String, String> bound = new LinkedHashMap<>();
        bound.put("goodcount", GOOD);
        bound.put("reject-count", "ns=2;i=1001");
        bound.put("state", "ns=2;i=1002");

        assertThat(TagMap.parse(List.of(plc(new Machine("M1", null, bound, null))))
                        .getFirst()
                        .machines())
                .singleElement()
                .satisfies(machine -> assertThat(machine.nodes())
                        .containsOnlyKeys(Signal.GOOD_COUNT, Signal.REJECT_COUNT, Signal.STATE));
    }

    @Test
    void refusesAnUnknownSignalNamingItsKey() {
        Map<String, String> nodes = nodes(GOOD);
        nodes.put("speed", "ns=2;i=7");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> TagMap.parse(List.of(plc(new Machine("M1", null, nodes, null)))))
                .withMessageStartingWith("amrs.plcs[0].machines[0].nodes.speed = \"ns=2;i=7\": unknown signal speed");
    }

    @Test
    void refusesAMalformedNodeIdNamingItsKey() {
        Map<String, String> nodes = nodes(GOOD);
        nodes.put("state", "Line1.Filler1.State");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> TagMap.parse(
                        List.of(plc(new Machine("M1", null, Map.of(), null), new Machine("M2", null, nodes, null)))))
                .withMessageStartingWith("amrs.plcs[0].machines[0].nodes");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TagMap.parse(
                        List.of(plc(new Machine("M1", null, nodes(GOOD), null), new Machine("M2", null, nodes, null)))))
                .withMessageStartingWith(
                        "amrs.plcs[0].machines[1].nodes.state = \"Line1.Filler1.State\": not a NodeId");
    }

    @Test
    void refusesADuplicateMachineIdOverAllPlcs() {
        var first = plc(new Machine("FILLER-1", null, nodes(GOOD), null));
        var second = new Plc(
                "line2",
                "opc.tcp://10.1.2.4:4840/",
                null,
                NONE,
                null,
                List.of(new Machine("FILLER-1", null, nodes(GOOD), null)),
                null);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> TagMap.parse(List.of(first, second)))
                .withMessageStartingWith(
                        "amrs.plcs[1].machines[0].id = \"FILLER-1\": another machine has this id already");
    }

    @Test
    void refusesAnUnknownPolicyAndAModeThatDoesNotFit() {
        var unknown = new Plc(
                "line1",
                "opc.tcp://h:4840/",
                null,
                new Security("Basic128Rsa15", "Sign", null, null, false),
                null,
                List.of(new Machine("M1", null, nodes(GOOD), null)),
                null);
        var unfit = new Plc(
                "line1",
                "opc.tcp://h:4840/",
                null,
                new Security("Basic256Sha256", "None", null, null, false),
                null,
                List.of(new Machine("M1", null, nodes(GOOD), null)),
                null);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> TagMap.parse(List.of(unknown)))
                .withMessageStartingWith("amrs.plcs[0].security.policy = \"Basic128Rsa15\"");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TagMap.parse(List.of(unfit)))
                .withMessageStartingWith("amrs.plcs[0].security.mode = \"None\"");
    }

    @Test
    void refusesBothOrNeitherOfTotalAndGoodCount() {
        Map<String, String> both = nodes(GOOD);
        both.put("total_count", "ns=2;i=9");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> TagMap.parse(List.of(plc(new Machine("M1", null, both, null)))))
                .withMessageContaining("exactly one of total_count and good_count");
    }

    @Test
    void refusesAStateMapEntryThatIsNoState() {
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        TagMap.parse(List.of(plc(new Machine("M1", null, nodes(GOOD), Map.of("6", "PRODUCING"))))))
                .withMessageStartingWith("amrs.plcs[0].machines[0].state-map")
                .withMessageContaining("PRODUCING");
    }

    @Test
    void refusesADuplicatePlcNameAndABadUrl() {
        var machine = new Machine("M1", null, nodes(GOOD), null);
        var other = new Plc(
                "line1",
                "opc.tcp://h2:4840/",
                null,
                NONE,
                null,
                List.of(new Machine("M2", null, nodes(GOOD), null)),
                null);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> TagMap.parse(List.of(plc(machine), other)))
                .withMessageStartingWith("amrs.plcs[1].name = \"line1\"");
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        TagMap.parse(List.of(new Plc("line1", "http://h/", null, NONE, null, List.of(machine), null))))
                .withMessageStartingWith("amrs.plcs[0].url");
    }

    private static Plc plc(Machine... machines) {
        return new Plc("line1", "opc.tcp://10.1.2.3:4840/", null, NONE, null, List.of(machines), null);
    }

    private static Map<String, String> nodes(String good) {
        Map<String, String> nodes = new LinkedHashMap<>();
        nodes.put("good_count", good);
        nodes.put("reject_count", good.replace("GoodCount", "BadCount"));
        nodes.put("state", good.replace("GoodCount", "MachineState"));
        return nodes;
    }
}
