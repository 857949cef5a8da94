package com.amrs.simulator.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.ULong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveValuesIntegrationTests extends SimulatorIntegrationTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private PlcTestClient client;

    @BeforeAll
    void connect() throws Exception {
        client = PlcTestClient.connect(PORT);
    }

    @AfterAll
    void disconnect() throws UaException {
        client.close();
    }

    @Test
    void subscriptionSeesTotalCountRise() throws Exception {
        String machine = firstMachineIn("RUNNING");
        var counts = new CopyOnWriteArrayList<Long>();
        var subscription = new OpcUaSubscription(client.milo(), 100.0);
        subscription.create();
        var item = OpcUaMonitoredItem.newDataItem(client.nodeId(machine, MachineVariable.TOTAL_COUNT));
        item.setSamplingInterval(100.0);
        item.setDataValueListener(
                (monitored, value) -> counts.add(((ULong) value.getValue().getValue()).longValue()));
        subscription.addMonitoredItem(item);
        subscription.synchronizeMonitoredItems();
        try {
            await().atMost(PATIENCE).until(() -> counts.size() >= 2 && counts.getLast() > counts.getFirst());
        } finally {
            subscription.delete();
        }
        assertThat(counts).isSorted();
    }

    @Test
    void rejectCountNeverExceedsTotalCountInAnyTick() {
        Set<DateTime> ticksSeen = new HashSet<>();

        await().atMost(PATIENCE).until(() -> {
            List<DataValue> values =
                    client.readAll(machineIds(), MachineVariable.TOTAL_COUNT, MachineVariable.REJECT_COUNT);
            for (int i = 0; i < values.size(); i += 2) {
                assertThat(count(values.get(i + 1))).isLessThanOrEqualTo(count(values.get(i)));
            }
            ticksSeen.add(values.getFirst().getSourceTime());
            return ticksSeen.size() >= 20;
        });
    }

    @Test
    void downtimeRisesWhileDownAndStandsStillOtherwise() throws UaException {
        List<Reading> before = readings();
        await().atMost(PATIENCE)
                .until(() -> secondsBetween(before.getFirst(), readings().getFirst()) >= 1.0);
        List<Reading> after = readings();

        assertThat(before).extracting(Reading::state).contains("DOWN");
        for (int i = 0; i < MACHINES; i++) {
            Reading first = before.get(i);
            Reading last = after.get(i);
            if (first.state().equals("DOWN") && last.state().equals("DOWN")) {
                assertThat(last.downtime() - first.downtime()).isCloseTo(secondsBetween(first, last), within(0.35));
                assertThat(last.faultCode()).isPositive();
            } else if (!first.state().equals("DOWN") && !last.state().equals("DOWN")) {
                assertThat(last.downtime()).isEqualTo(first.downtime());
            }
            if (last.state().equals("RUNNING")) {
                assertThat(last.faultCode()).isZero();
            } else if (last.state().equals("IDLE")) {
                assertThat(last.faultCode())
                        .as("IDLE: waiting or a planned changeover")
                        .isIn(0, 801);
            }
        }
    }

    private String firstMachineIn(String state) throws UaException {
        List<DataValue> states = client.readAll(machineIds(), MachineVariable.STATE);
        for (int i = 0; i < states.size(); i++) {
            if (state.equals(states.get(i).getValue().getValue())) {
                return machineIds().get(i);
            }
        }
        throw new AssertionError("no machine is " + state);
    }

    private List<Reading> readings() throws UaException {
        List<DataValue> values = client.readAll(
                machineIds(), MachineVariable.STATE, MachineVariable.DOWNTIME_SECONDS, MachineVariable.FAULT_CODE);
        return IntStream.range(0, MACHINES)
                .mapToObj(i -> Reading.of(values.subList(3 * i, 3 * i + 3)))
                .toList();
    }

    private static double secondsBetween(Reading first, Reading last) {
        return (last.tickTime().getUtcTime() - first.tickTime().getUtcTime()) / 1e7;
    }

    private static long count(DataValue value) {
        return ((ULong) value.getValue().getValue()).longValue();
    }

    private record Reading(String state, double downtime, int faultCode, DateTime tickTime) {

        static Reading of(List<DataValue> values) {
            return new Reading(
                    (String) values.get(0).getValue().getValue(),
                    (Double) values.get(1).getValue().getValue(),
                    (Integer) values.get(2).getValue().getValue(),
                    values.get(0).getSourceTime());
        }
    }
}
