package com.amrs.api.system;

import com.amrs.store.MachineFilter;
import com.amrs.store.plants.PlantsReader;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which plant a request reads ({@code ?plant=}, DESIGN.md §19). A plant's or an edge's own database holds that plant
 * only: its readers filter nothing, and a request may name the plant or leave it out. A central site holds many
 * plants, whose machines may share ids: a request names one of them.
 */
@Component
public class PlantScope {

    private final PlantMode mode;
    private final String ownId;
    private final PlantsReader heldPlants;

    PlantScope(AmrsProperties properties, JdbcClient jdbc) {
        this.mode = properties.mode();
        this.ownId = properties.plant().id();
        this.heldPlants = new PlantsReader(jdbc);
    }

    /**
     * Refuses a change of what a plant keeps (its records, stops, alerts) at a central site: the plant owns them
     * and would publish over the change; {@code what} says what to do there instead.
     */
    public void requireOwnRecords(String what) {
        if (mode == PlantMode.CENTRAL) {
            throw ApiException.keptByThePlant(what);
        }
    }

    /**
     * The plant the readers filter by, empty for all rows of this database; refuses a plant that is not here, and
     * one the user may not read ({@link PlantAccess}).
     */
    public Optional<String> of(String requested) {
        if (mode != PlantMode.CENTRAL) {
            if (requested != null && !requested.equals(ownId)) {
                throw ApiException.unknownPlant(requested, List.of(ownId));
            }
            requireAccess(ownId);
            return Optional.empty();
        }
        if (requested == null || requested.isBlank()) {
            throw ApiException.plantRequired(plants());
        }
        if (!allPlants().contains(requested)) {
            throw ApiException.unknownPlant(requested, plants());
        }
        requireAccess(requested);
        return Optional.of(requested);
    }

    /**
     * As {@link #filter} for every machine, except that at a central site a request without a plant asks for every
     * plant (a report of all of them), which only a user who may read every plant may do.
     */
    public MachineFilter plantOrEveryPlant(String requestedPlant) {
        if (mode == PlantMode.CENTRAL && (requestedPlant == null || requestedPlant.isBlank())) {
            if (!PlantAccess.readsEveryPlant()) {
                throw ApiException.plantRequired(plants());
            }
            return MachineFilter.all();
        }
        return filter(requestedPlant, null);
    }

    /** Whether this is a central site, which holds many plants. */
    public boolean isCentral() {
        return mode == PlantMode.CENTRAL;
    }

    /** The machine, or every machine, of the plant a request names (see {@link #of}). */
    public MachineFilter filter(String requestedPlant, String machineId) {
        return MachineFilter.of(Optional.ofNullable(machineId))
                .inPlant(of(requestedPlant).orElse(null));
    }

    /** The plants of this site the user may read: its own, or at a central site each one that has sent records. */
    public List<String> plants() {
        return allPlants().stream().filter(PlantAccess::mayRead).toList();
    }

    private List<String> allPlants() {
        if (mode != PlantMode.CENTRAL) {
            return List.of(ownId);
        }
        return heldPlants.ids();
    }

    private void requireAccess(String plant) {
        if (!PlantAccess.mayRead(plant)) {
            throw ApiException.plantForbidden(plant, plants());
        }
    }
}
