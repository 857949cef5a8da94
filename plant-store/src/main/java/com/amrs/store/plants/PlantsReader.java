package com.amrs.store.plants;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The plants a central site holds (DESIGN.md §19): each one that has sent records, in {@code plants}. */
public final class PlantsReader {

    private final JdbcClient jdbc;

    public PlantsReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The plants' ids in order; empty at a plant's or an edge's own database. */
    public List<String> ids() {
        return jdbc.sql("select plant_id from plants order by plant_id")
                .query(String.class)
                .list();
    }
}
