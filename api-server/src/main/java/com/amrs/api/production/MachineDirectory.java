package com.amrs.api.production;

import com.amrs.api.system.AmrsProperties;
import com.amrs.api.system.ApiException;
import com.amrs.store.MachineFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which machines the API knows: those with data, and those in the machine catalogue. */
@Component
public class MachineDirectory {

    private final JdbcClient jdbc;
    private final AmrsProperties properties;

    MachineDirectory(JdbcClient jdbc, AmrsProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** @throws ApiException 404 when the machine has neither records nor stops and is not in the catalogue */
    public void requireKnown(String machineId) {
        requireKnown(MachineFilter.all(), machineId);
    }

    /** As above, in the plant of the filter: at a central site, the catalogue is the edges' own. */
    public void requireKnown(MachineFilter plant, String machineId) {
        if (!isKnown(plant, machineId)) {
            throw ApiException.unknownMachine(machineId);
        }
    }

    /** As {@link #isKnown(String)} in the plant of the filter; at a central site, by its data alone. */
    public boolean isKnown(MachineFilter plant, String machineId) {
        return plant.plant().isEmpty() ? isKnown(machineId) : hasData(plant.plantParameter(), machineId);
    }

    /** Whether the machine has records or stops, or is in the catalogue. */
    public boolean isKnown(String machineId) {
        boolean catalogued = properties.machines().stream().anyMatch(m -> m.id().equals(machineId));
        return catalogued || hasData(null, machineId);
    }

    private boolean hasData(String plant, String machineId) {
        return jdbc.sql("""
                        select exists (select 1 from production_shift_totals where machine_id = :machine
                                       and (cast(:plant as text) is null or plant_id = cast(:plant as text)))
                            or exists (select 1 from machine_stops where machine_id = :machine
                                       and (cast(:plant as text) is null or plant_id = cast(:plant as text)))""")
                .param("machine", machineId)
                .param("plant", plant)
                .query(Boolean.class)
                .single();
    }
}
