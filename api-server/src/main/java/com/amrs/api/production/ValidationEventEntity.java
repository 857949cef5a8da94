package com.amrs.api.production;

import com.amrs.core.production.ProductionRecord;
import com.amrs.core.validation.ValidationFix;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code validation_events}: one fix the validator made to a record (DESIGN.md §5). */
@Entity
@Table(name = "validation_events")
class ValidationEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "validation_events_seq")
    @SequenceGenerator(name = "validation_events_seq", sequenceName = "validation_events_seq", allocationSize = 128)
    private Long id;

    private Instant occurredAt;
    private String machineId;
    private String field;
    private String oldValue;
    private String newValue;
    private String rule;
    private String source;

    protected ValidationEventEntity() {}

    static ValidationEventEntity of(ProductionRecord record, ValidationFix fix) {
        var entity = new ValidationEventEntity();
        entity.occurredAt = record.timestamp();
        entity.machineId = record.machineId();
        entity.field = fix.field();
        entity.oldValue = fix.oldValue();
        entity.newValue = fix.newValue();
        entity.rule = fix.rule().code();
        entity.source = record.source();
        return entity;
    }
}
