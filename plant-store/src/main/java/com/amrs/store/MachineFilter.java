package com.amrs.store;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which machines a reader reads: every one, or the ones named (a machine's page, a report of some machines).
 * In SQL it is one text array parameter, null for every machine: {@link #parameter()}.
 */
public final class MachineFilter {

    private static final MachineFilter ALL = new MachineFilter(null);

    private final Set<String> machines;

    private MachineFilter(Set<String> machines) {
        this.machines = machines;
    }

    public static MachineFilter all() {
        return ALL;
    }

    /** Only these machines; none named means every machine. */
    public static MachineFilter of(Collection<String> machines) {
        return machines == null || machines.isEmpty() ? ALL : new MachineFilter(new TreeSet<>(machines));
    }

    /** The one machine, or every machine when empty. */
    public static MachineFilter of(Optional<String> machine) {
        return of(machine.map(List::of).orElse(List.of()));
    }

    public boolean everyMachine() {
        return machines == null;
    }

    /** The machines named, in id order; empty for every machine. */
    public List<String> machines() {
        return machines == null ? List.of() : List.copyOf(machines);
    }

    /**
     * The value of a query's {@code :machines} in {@code (cast(:machines as text[]) is null or machine_id =
     * any(cast(:machines as text[])))}: null for every machine.
     */
    public String[] parameter() {
        return machines == null ? null : machines.toArray(String[]::new);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MachineFilter filter && Objects.equals(machines, filter.machines);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(machines);
    }

    @Override
    public String toString() {
        return machines == null ? "every machine" : String.join(", ", machines);
    }
}
