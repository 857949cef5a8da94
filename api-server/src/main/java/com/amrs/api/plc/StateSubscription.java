package com.amrs.api.plc;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An OPC-UA subscription on every machine's state and fault nodes (DESIGN.md §14): their changes as they
 * happen, sampled every {@value #SAMPLING_MS} ms, so that a stop starts and ends when the machine stops
 * and runs again, not at the next poll. A PLC that allows no subscription leaves the stops to the polls.
 */
final class StateSubscription {

    static final double SAMPLING_MS = 250;
    private static final double PUBLISHING_MS = 500;
    private static final Logger log = LoggerFactory.getLogger(StateSubscription.class);

    private final OpcUaSubscription subscription;
    private final ConcurrentLinkedQueue<StateChange> changes = new ConcurrentLinkedQueue<>();

    private StateSubscription(OpcUaSubscription subscription) {
        this.subscription = subscription;
    }

    /** Subscribes to the plan's state and fault nodes; empty when the PLC does not allow it (logged). */
    static Optional<StateSubscription> start(OpcUaClient client, NodePlan plan, String plc, Clock clock) {
        var subscription = new OpcUaSubscription(client, PUBLISHING_MS);
        var state = new StateSubscription(subscription);
        try {
            subscription.create();
            for (int m = 0; m < plan.machines().size(); m++) {
                String machineId = plan.machines().get(m).machineId();
                plan.positions(m).forEach((signal, at) -> {
                    if (signal == Signal.STATE || signal == Signal.FAULT_CODE) {
                        subscription.addMonitoredItem(state.item(plan.nodeIds().get(at), machineId, signal, clock));
                    }
                });
            }
            subscription.synchronizeMonitoredItems();
            return Optional.of(state);
        } catch (UaException | RuntimeException e) {
            log.info(
                    "PLC {} allows no subscription on the machines' states ({}); stops follow the polls",
                    plc,
                    e.getMessage());
            state.close();
            return Optional.empty();
        }
    }

    /** The changes received since the last call, oldest first. */
    List<StateChange> drain() {
        List<StateChange> drained = new ArrayList<>();
        for (StateChange change = changes.poll(); change != null; change = changes.poll()) {
            drained.add(change);
        }
        return drained;
    }

    void close() {
        try {
            subscription.delete();
        } catch (UaException | RuntimeException e) {
            log.debug("Deleting the state subscription failed: {}", e.toString());
        }
    }

    private OpcUaMonitoredItem item(NodeId node, String machineId, Signal signal, Clock clock) {
        OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(node);
        item.setSamplingInterval(SAMPLING_MS);
        item.setQueueSize(UInteger.valueOf(10));
        item.setDataValueListener((monitored, value) -> {
            Object content = value.value().value();
            if (value.statusCode().isGood() && content != null) {
                changes.add(new StateChange(
                        machineId, signal, content, clock.instant().truncatedTo(ChronoUnit.MICROS)));
            }
        });
        return item;
    }
}
