package com.amrs.api.system;

/**
 * {@code amrs.mode} (DESIGN.md §19): a plant on its own, an edge plant that also publishes to Kafka, or a
 * central site that polls no PLC and writes what the edge plants publish.
 */
public enum PlantMode {
    PLANT,
    EDGE,
    CENTRAL
}
