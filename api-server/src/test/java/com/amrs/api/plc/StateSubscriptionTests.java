package com.amrs.api.plc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.amrs.api.support.acme.AcmePlc;
import com.amrs.api.support.acme.AcmeSpec;
import com.amrs.api.support.acme.CounterType;
import com.amrs.api.support.acme.NodeIdStyle;
import com.amrs.api.support.acme.PackMlState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExpandedNodeId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The state subscription against a real server ({@link AcmePlc}): changes as they happen, between polls. */
class StateSubscriptionTests {

    private final AcmePlc plc =
            AcmePlc.start(AcmeSpec.of(AcmeSpec.machine("Sealer1", NodeIdStyle.QUOTED, CounterType.UInt16))
                    .openOnly());
    private OpcUaClient client;
    private StateSubscription subscription;

    @AfterEach
    void stop() {
        if (subscription != null) {
            subscription.close();
        }
        PlcClients.disconnectQuietly(client);
        plc.close();
    }

    @Test
    void deliversAStopAndItsEndWithinASamplingIntervalOfWhenTheyHappen() throws Exception {
        client = OpcUaClient.create(plc.endpointUrl());
        client.connect();
        Map<Signal, ExpandedNodeId> nodes = new EnumMap<>(Signal.class);
        plc.nodes("Sealer1")
                .forEach((key, node) -> nodes.put(Signal.fromKey(key).orElseThrow(), ExpandedNodeId.parse(node)));
        NodePlan plan = new NodePlan(
                List.of(new MachineTags("SEALER-1", nodes, StateMap.packml(), null)), client.getNamespaceTable());
        subscription = StateSubscription.start(client, plan, "line7", Clock.systemUTC())
                .orElseThrow();
        List<StateChange> changes = new ArrayList<>();
        // the initial values come first
        await().atMost(Duration.ofSeconds(5)).until(() -> changes.addAll(subscription.drain()) && changes.size() >= 2);
        changes.clear();

        plc.setFault("Sealer1", 101);
        plc.setState("Sealer1", PackMlState.HELD);
        Instant held = Instant.now();
        Thread.sleep(1_500);
        plc.setState("Sealer1", PackMlState.EXECUTE);
        Instant resumed = Instant.now();
        await().atMost(Duration.ofSeconds(5)).until(() -> {
            changes.addAll(subscription.drain());
            return changes.stream().anyMatch(change -> change.value().equals(PackMlState.EXECUTE));
        });

        assertThat(changes)
                .extracting(StateChange::machineId, StateChange::signal, StateChange::value)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("SEALER-1", Signal.FAULT_CODE, 101),
                        org.assertj.core.groups.Tuple.tuple("SEALER-1", Signal.STATE, PackMlState.HELD),
                        org.assertj.core.groups.Tuple.tuple("SEALER-1", Signal.STATE, PackMlState.EXECUTE));
        Instant stopped = at(changes, PackMlState.HELD);
        Instant running = at(changes, PackMlState.EXECUTE);
        // sampled every 250 ms, published every 500 ms: well before a poll every 5 s would see them
        assertThat(Duration.between(held, stopped)).isBetween(Duration.ZERO, Duration.ofSeconds(2));
        assertThat(Duration.between(resumed, running)).isBetween(Duration.ZERO, Duration.ofSeconds(2));
    }

    private static Instant at(List<StateChange> changes, int state) {
        return changes.stream()
                .filter(change ->
                        change.signal() == Signal.STATE && change.value().equals(state))
                .findFirst()
                .orElseThrow()
                .at();
    }
}
