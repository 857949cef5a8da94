package com.amrs.api.security;

import java.sql.Array;
import java.sql.SQLException;
import java.util.List;

/** The {@code plants} column of users and API tokens (DESIGN.md §19): null for every plant. */
final class PlantsColumn {

    private PlantsColumn() {}

    /** The column's value of a list: null for null or empty, else the ids once each, sorted. */
    static String[] of(List<String> plants) {
        return plants == null || plants.isEmpty()
                ? null
                : plants.stream().distinct().sorted().toArray(String[]::new);
    }

    /** The plants of a column's value, null for every plant. */
    static List<String> read(Array column) throws SQLException {
        return column == null ? null : List.of((String[]) column.getArray());
    }
}
