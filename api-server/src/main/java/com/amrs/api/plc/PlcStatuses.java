package com.amrs.api.plc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/** Every PLC's connection as its poller last saw it, for {@code /api/health}. */
@Component
public class PlcStatuses {

    private final Map<String, PlcStatus> statuses = new ConcurrentHashMap<>();
    private final List<String> order = new CopyOnWriteArrayList<>();
    private final Map<String, String> plcOfMachine = new ConcurrentHashMap<>();
    private final Map<String, Instant> failingSince = new ConcurrentHashMap<>();
    private final Clock clock;

    PlcStatuses(Clock clock) {
        this.clock = clock;
    }

    public void register(PlcDefinition plc) {
        if (statuses.putIfAbsent(plc.name(), PlcStatus.connecting(plc)) == null) {
            order.add(plc.name());
        }
        plc.machines().forEach(machine -> plcOfMachine.put(machine.machineId(), plc.name()));
    }

    public void polled(PlcPoll poll, Duration took) {
        PlcStatus before = statuses.get(poll.plc());
        failingSince.remove(poll.plc());
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
        failingSince.putIfAbsent(plc, clock.instant());
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

    /** Each PLC that does not answer now: since when (its first failed poll since it last answered), and why. */
    public List<PlcOutage> outages() {
        List<PlcOutage> outages = new ArrayList<>();
        failingSince.forEach((plc, since) -> {
            PlcStatus status = statuses.get(plc);
            if (status != null) {
                outages.add(new PlcOutage(plc, since, status.state(), status.error(), machinesOf(plc)));
            }
        });
        return outages;
    }

    /** Every machine a PLC's tag map or poll named since the start. */
    public Set<String> machines() {
        return Set.copyOf(plcOfMachine.keySet());
    }

    /** Whether the machine's PLC has been read since the start; false for a machine no PLC named. */
    public boolean read(String machineId) {
        String plc = plcOfMachine.get(machineId);
        return plc != null && statuses.get(plc).lastPoll() != null;
    }

    /** The machines the PLC's tag map or last poll named; none before a browsing PLC first answered. */
    public List<String> machinesOf(String plc) {
        return plcOfMachine.entrySet().stream()
                .filter(entry -> entry.getValue().equals(plc))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    /** Whether every PLC answered its last poll. */
    public boolean allConnected() {
        return !statuses.isEmpty() && statuses.values().stream().allMatch(s -> s.state() == PlcState.CONNECTED);
    }
}
