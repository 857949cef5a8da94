package com.amrs.api.production;

import com.amrs.core.machine.MachineState;
import com.amrs.core.production.ProductionRecord;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code live_production}; never leaves the service (the wire types are records). */
@Entity
@Table(name = "live_production")
class ProductionEntity {

    /** Ids come 128 at a time, matching {@code increment by 128} and the JDBC batch size. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "live_production_seq")
    @SequenceGenerator(name = "live_production_seq", sequenceName = "live_production_seq", allocationSize = 128)
    private Long id;

    private String machineId;
    private LocalDate productionDate;
    private String shift;
    private long unitsProduced;
    private long defectiveUnits;
    private double downtimeMin;

    @Enumerated(EnumType.STRING)
    private MachineState state;

    private String source;
    private Instant createdAt;
    private Instant recordedAt;
    private double intervalSec;
    private double idealCycleSec;
    private String plantId;

    protected ProductionEntity() {}

    static ProductionEntity of(String plantId, NewRecord newRecord, Instant createdAt) {
        ProductionRecord record = newRecord.record();
        var entity = new ProductionEntity();
        entity.machineId = record.machineId();
        entity.productionDate = record.productionDate();
        entity.shift = record.shift();
        entity.unitsProduced = record.unitsProduced();
        entity.defectiveUnits = record.defectiveUnits();
        entity.downtimeMin = record.downtimeMin();
        entity.state = record.state();
        entity.source = record.source();
        entity.createdAt = createdAt;
        entity.recordedAt = record.timestamp();
        entity.intervalSec = newRecord.intervalSeconds();
        entity.idealCycleSec = newRecord.idealCycleSeconds();
        entity.plantId = plantId;
        return entity;
    }

    Long id() {
        return id;
    }
}
