package com.amrs.api.support.acme;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;

/**
 * The values of every machine's variables. One lock guards them all, so a Read served inside
 * {@link #atomically} sees GoodCount and BadCount of the same {@link #produce}.
 */
final class PlcMemory {

    private final AcmeSpec spec;
    private final Map<String, Registers> machines = new LinkedHashMap<>();

    PlcMemory(AcmeSpec spec) {
        this.spec = spec;
        reset();
    }

    synchronized void reset() {
        spec.machines().forEach(machine -> machines.put(machine.name(), new Registers(machine.counterType())));
    }

    synchronized void produce(String machine, long good, long bad) {
        if (good < 0 || bad < 0) {
            throw new IllegalArgumentException("A PLC counter only counts up: good %d, bad %d".formatted(good, bad));
        }
        Registers registers = registers(machine);
        registers.good = registers.type.plus(registers.good, good);
        registers.bad = registers.type.plus(registers.bad, bad);
    }

    synchronized void setCounters(String machine, BigInteger good, BigInteger bad) {
        Registers registers = registers(machine);
        Number newGood = registers.type.of(good);
        Number newBad = registers.type.of(bad);
        registers.good = newGood;
        registers.bad = newBad;
    }

    synchronized void setState(String machine, int state) {
        registers(machine).state = state;
    }

    synchronized void setFault(String machine, int fault) {
        registers(machine).fault = fault;
    }

    synchronized AcmePlc.Counters counters(String machine) {
        Registers registers = registers(machine);
        return new AcmePlc.Counters(
                registers.type.toBigInteger(registers.good), registers.type.toBigInteger(registers.bad));
    }

    synchronized Variant value(String machine, Signal signal) {
        Registers registers = registers(machine);
        return switch (signal) {
            case GOOD_COUNT -> new Variant(registers.good);
            case REJECT_COUNT -> new Variant(registers.bad);
            case STATE -> Variant.ofInt32(registers.state);
            case FAULT_CODE -> Variant.ofInt32(registers.fault);
        };
    }

    synchronized <T> T atomically(Supplier<T> action) {
        return action.get();
    }

    private Registers registers(String machine) {
        Registers registers = machines.get(machine);
        if (registers == null) {
            throw new IllegalArgumentException("No machine %s in %s".formatted(machine, machines.keySet()));
        }
        return registers;
    }

    private static final class Registers {
        private final CounterType type;
        private Number good;
        private Number bad;
        private int state = PackMlState.EXECUTE;
        private int fault;

        private Registers(CounterType type) {
            this.type = type;
            this.good = type.of(BigInteger.ZERO);
            this.bad = good;
        }
    }
}
