package com.amrs.api.support.acme;

import static com.amrs.api.support.acme.NodeIdStyle.KEPWARE;
import static com.amrs.api.support.acme.NodeIdStyle.NUMERIC;
import static com.amrs.api.support.acme.NodeIdStyle.QUOTED;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What an {@link AcmePlc} serves: its machines, in order, and its endpoints. Every machine sits in
 * the browsable folder {@code Objects/Line1/<name>}.
 *
 * @param machines the machines, at least one, names unique
 * @param endpoints the endpoints the server offers
 */
public record AcmeSpec(List<Machine> machines, Endpoints endpoints) {

    static final String LINE = "Line1";
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    /** The endpoints at {@link AcmePlc#endpointUrl()}. */
    public enum Endpoints {
        /** SecurityPolicy None with anonymous login, and Basic256Sha256 SignAndEncrypt with username login. */
        OPEN_AND_SECURED,
        /** Only SecurityPolicy None with anonymous login. */
        OPEN_ONLY,
        /** Only Basic256Sha256 SignAndEncrypt with username login. */
        SECURED_ONLY
    }

    /**
     * One machine: its GoodCount and BadCount of {@code counterType}, MachineState and StopReason Int32.
     *
     * @param name letters, digits and underscores, e.g. {@code Filler1}
     * @param style how its NodeIds are spelled
     * @param counterType the DataType of GoodCount and BadCount
     */
    public record Machine(String name, NodeIdStyle style, CounterType counterType) {
        public Machine {
            Objects.requireNonNull(style, "style");
            Objects.requireNonNull(counterType, "counterType");
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("Machine name must match %s: %s".formatted(NAME, name));
            }
        }
    }

    public AcmeSpec {
        machines = List.copyOf(machines);
        Objects.requireNonNull(endpoints, "endpoints");
        if (machines.isEmpty()) {
            throw new IllegalArgumentException("An AcmePlc needs at least one machine");
        }
        var names = new HashSet<String>();
        for (Machine machine : machines) {
            if (!names.add(machine.name())) {
                throw new IllegalArgumentException("Duplicate machine " + machine.name());
            }
        }
    }

    /** These machines, both kinds of endpoint. */
    public static AcmeSpec of(Machine... machines) {
        return new AcmeSpec(List.of(machines), Endpoints.OPEN_AND_SECURED);
    }

    /** A machine for {@link #of}. */
    public static Machine machine(String name, NodeIdStyle style, CounterType counterType) {
        return new Machine(name, style, counterType);
    }

    /** The spec of {@link AcmePlc#shared()}: Filler1..3 QUOTED UInt16, Capper1 NUMERIC UInt32, Labeler1 KEPWARE Double. */
    public static AcmeSpec defaultLine() {
        return of(
                machine("Filler1", QUOTED, CounterType.UInt16),
                machine("Filler2", QUOTED, CounterType.UInt16),
                machine("Filler3", QUOTED, CounterType.UInt16),
                machine("Capper1", NUMERIC, CounterType.UInt32),
                machine("Labeler1", KEPWARE, CounterType.Double));
    }

    /** The same machines behind the Basic256Sha256 username endpoint only. */
    public AcmeSpec securedOnly() {
        return new AcmeSpec(machines, Endpoints.SECURED_ONLY);
    }

    /** The same machines behind the None anonymous endpoint only. */
    public AcmeSpec openOnly() {
        return new AcmeSpec(machines, Endpoints.OPEN_ONLY);
    }

    Machine named(String name) {
        return machines.stream()
                .filter(machine -> machine.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No machine %s in %s"
                        .formatted(name, machines.stream().map(Machine::name).toList())));
    }

    Map<String, String> nodes(String machine) {
        Machine named = named(machine);
        var nodes = new LinkedHashMap<String, String>();
        for (Signal signal : Signal.values()) {
            nodes.put(signal.key(), nodeId(named, signal));
        }
        return nodes;
    }

    /** The {@code nsu=} NodeId of a machine's variable. */
    String nodeId(Machine machine, Signal signal) {
        int numericBase = 1000 * (machines.indexOf(machine) + 1);
        return machine.style().nodeId(machine.name(), numericBase, signal);
    }
}
