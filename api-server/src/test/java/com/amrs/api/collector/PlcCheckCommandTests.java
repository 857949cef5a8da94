package com.amrs.api.collector;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.api.support.TestPlc;
import com.amrs.api.support.acme.AcmePlc;
import com.amrs.testsupport.FreePorts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code plc-check} against real OPC-UA servers: what it prints and its exit code. */
class PlcCheckCommandTests {

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final List<String> args = new ArrayList<>();

    PlcCheckCommandTests() throws IOException {
        args.add("--amrs.pki-dir=" + Files.createTempDirectory("amrs-pki"));
        args.add("--amrs.api.collector.request-timeout=2s");
    }

    @Test
    void printsEveryMappedNodeOfAnAcmePlcAndSucceeds() {
        AcmePlc acme = AcmePlc.shared();
        plc(0, "line1", acme.endpointUrl(), true);
        machine(0, 0, "FILLER-1", acme.nodes("Filler1"));
        machine(0, 1, "CAPPER-1", acme.nodes("Capper1"));

        int exit = run();

        assertThat(exit).as(printed()).isZero();
        assertThat(printed())
                .contains(
                        "PLC line1 at " + acme.endpointUrl() + " (Basic256Sha256/SignAndEncrypt, user amrs-collector)")
                .containsPattern(
                        "FILLER-1 +good_count +nsu=urn:acme:line1;s=\"Line1\".\"Filler1\".\"GoodCount\" +UInt16 +\\d+ +Good")
                .containsPattern("CAPPER-1 +state +nsu=urn:acme:numeric;i=4002 +Int32 +6 +Good")
                .contains("every node is readable and usable");
    }

    @Test
    void namesANodeThePlcDoesNotHaveAndFails() {
        AcmePlc acme = AcmePlc.shared();
        plc(0, "line1", acme.endpointUrl(), true);
        machine(0, 0, "FILLER-1", acme.nodes("Filler1"));
        machine(
                0,
                1,
                "GHOST-1",
                Map.of(
                        "good_count", "nsu=urn:acme:line1;s=\"Line1\".\"Ghost1\".\"GoodCount\"",
                        "reject_count", acme.nodes("Filler1").get("reject_count"),
                        "state", "nsu=urn:acme:nowhere;s=State"));

        int exit = run();

        assertThat(exit).as(printed()).isEqualTo(1);
        assertThat(printed())
                .contains("2 not usable:")
                .contains(
                        "GHOST-1 good_count (nsu=urn:acme:line1;s=\"Line1\".\"Ghost1\".\"GoodCount\"): Bad_NodeIdUnknown")
                .contains("GHOST-1 state (nsu=urn:acme:nowhere;s=State): the PLC has no namespace urn:acme:nowhere")
                .doesNotContain("FILLER-1 good_count (");
    }

    @Test
    void checksOurSimulatorWhenThereIsNoTagMap() {
        args.add("--amrs.api.opcua-url=" + TestPlc.endpointUrl());

        int exit = run();

        assertThat(exit).as(printed()).isZero();
        assertThat(printed())
                .contains("PLC sim at " + TestPlc.endpointUrl() + " (None/None, anonymous)")
                .containsPattern("OPC-UA-M1 +total_count +nsu=urn:amrs:plc-simulator;s=OPC-UA-M1.TotalCount +UInt64")
                .containsPattern("OPC-UA-M3 +state +\\S+ +String +(RUNNING|IDLE|DOWN) +Good");
    }

    @Test
    void saysWhyAPlcCannotBeReachedAndFails() {
        plc(0, "line9", "opc.tcp://localhost:" + FreePorts.next() + "/nothing-here", false);
        machine(0, 0, "M1", AcmePlc.shared().nodes("Filler1"));

        assertThat(run()).isEqualTo(1);
        assertThat(printed()).contains("PLC line9").contains("unreachable: cannot reach");
    }

    @Test
    void anUnknownPlcNameIsAUsageError() {
        args.add("--amrs.api.opcua-url=" + TestPlc.endpointUrl());
        args.add("--plc");
        args.add("line7");

        assertThat(run()).isEqualTo(2);
        assertThat(printed()).contains("No PLC is named line7; the PLCs are: [sim]");
    }

    private void plc(int index, String name, String url, boolean secured) {
        args.add("--amrs.plcs[" + index + "].name=" + name);
        args.add("--amrs.plcs[" + index + "].url=" + url);
        if (secured) {
            args.add("--amrs.plcs[" + index + "].security.policy=Basic256Sha256");
            args.add("--amrs.plcs[" + index + "].security.mode=SignAndEncrypt");
            args.add("--amrs.plcs[" + index + "].security.username=" + AcmePlc.USERNAME);
            args.add("--amrs.plcs[" + index + "].security.password=" + AcmePlc.PASSWORD);
            args.add("--amrs.plcs[" + index + "].security.trust-on-first-use=true");
        }
    }

    private void machine(int plc, int index, String id, Map<String, String> nodes) {
        String key = "--amrs.plcs[" + plc + "].machines[" + index + "]";
        args.add(key + ".id=" + id);
        args.add(key + ".state-map=packml");
        nodes.forEach((signal, node) -> args.add(key + ".nodes[" + signal + "]=" + node));
    }

    private int run() {
        return PlcCheckCommand.run(args.toArray(String[]::new), new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }
}
