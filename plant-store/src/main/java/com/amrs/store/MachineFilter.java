package com.amrs.store;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which machines a reader reads: every one, or the ones named (a machine's page, a report of some machines),
 * of one plant or of any (DESIGN.md §19: a central site holds many plants, whose machines may share ids). In
 * SQL it is one text array parameter, null for every machine ({@link #parameter()}), and one text parameter,
 * null for any plant ({@link #plantParameter()}).
 */
public final class MachineFilter {

    private static final MachineFilter ALL = new MachineFilter(null, null);

    private final Set<String> machines;
    private final String plant;

    private MachineFilter(Set<String> machines, String plant) {
        this.machines = machines;
        this.plant = plant;
    }

    public static MachineFilter all() {
        return ALL;
    }

    /** Only these machines; none named means every machine. */
    public static MachineFilter of(Collection<String> machines) {
        return machines == null || machines.isEmpty() ? ALL : new MachineFilter(new TreeSet<>(machines), null);
    }

    /** The same machines of this plant only; a null plant means any plant. */
    public MachineFilter inPlant(String plantId) {
        return Objects.equals(plant, plantId) ? this : new MachineFilter(machines, plantId);
    }

    /** Every machine of the same plant (or of any, as this filter). */
    public MachineFilter everyMachineOfThePlant() {
        return machines == null ? this : ALL.inPlant(plant);
    }

    public Optional<String> plant() {
        return Optional.ofNullable(plant);
    }

    /**
     * The value of a query's {@code :plant} in {@code (cast(:plant as text) is null or plant_id = :plant)}: null for
     * any plant.
     */
    public String plantParameter() {
        return plant;
    }

    /** A key for what a reader keeps of a machine: its id, within its plant when the filter names one. */
    public String keyOf(String machineId) {
        return plant == null ? machineId : plant + '/' + machineId;
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
        return other instanceof MachineFilter filter
                && Objects.equals(machines, filter.machines)
                && Objects.equals(plant, filter.plant);
    }

    @Override
    public int hashCode() {
        return Objects.hash(machines, plant);
    }

    @Override
    public String toString() {
        String which = machines == null ? "every machine" : String.join(", ", machines);
        return plant == null ? which : which + " of plant " + plant;
    }
}
