package com.amrs.api.plc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/** Every PLC's connection as its poller last saw it, for {@code /api/health}. */
@Component
public class PlcStatuses {

    private final Map<String, PlcStatus> statuses = new ConcurrentHashMap<>();
    private final List<String> order = new CopyOnWriteArrayList<>();
    private final Map<String, String> plcOfMachine = new ConcurrentHashMap<>();

    public void register(PlcDefinition plc) {
        if (statuses.putIfAbsent(plc.name(), PlcStatus.connecting(plc)) == null) {
            order.add(plc.name());
        }
        plc.machines().forEach(machine -> plcOfMachine.put(machine.machineId(), plc.name()));
    }

    public void polled(PlcPoll poll, Duration took) {
        PlcStatus before = statuses.get(poll.plc());
        poll.machines().forEach(machine -> plcOfMachine.put(machine.machineId(), poll.plc()));
        List<PlcStatus.BadNode> bad = new ArrayList<>();
        for (MachinePoll machine : poll.machines()) {
            machine.problems()
                    .forEach((signal, problem) -> bad.add(new PlcStatus.BadNode(
                            machine.machineId(),
                            signal.key(),
                            machine.tags()
                                    .node(signal)
                                    .map(node -> node.toParseableString())
                                    .orElse(""),
                            problem)));
        }
        statuses.put(
                poll.plc(),
                new PlcStatus(
                        poll.plc(),
                        before.url(),
                        PlcState.CONNECTED,
                        poll.machines().size(),
                        poll.timestamp(),
                        took.toMillis(),
                        null,
                        List.copyOf(bad)));
    }

    public void failed(String plc, PlcConnectException failure) {
        statuses.computeIfPresent(
                plc,
                (name, before) -> new PlcStatus(
                        name,
                        before.url(),
                        failure.state(),
                        before.machines(),
                        before.lastPoll(),
                        before.pollMs(),
                        failure.getMessage(),
                        before.badNodes()));
    }

    public List<PlcStatus> all() {
        return order.stream().map(statuses::get).toList();
    }

    /**
     * Whether the machine's PLC is unreachable now. A machine no PLC has named yet (a browsing PLC that
     * never answered since the start) counts as unreachable when a PLC that has named no machine is.
     */
    public boolean unreachable(String machineId) {
        String plc = plcOfMachine.get(machineId);
        if (plc != null) {
            return statuses.get(plc).state() == PlcState.UNREACHABLE;
        }
        return statuses.entrySet().stream()
                .filter(entry -> !plcOfMachine.containsValue(entry.getKey()))
                .anyMatch(entry -> entry.getValue().state() == PlcState.UNREACHABLE);
    }

    /** Whether every PLC answered its last poll. */
    public boolean allConnected() {
        return !statuses.isEmpty() && statuses.values().stream().allMatch(s -> s.state() == PlcState.CONNECTED);
    }
}
