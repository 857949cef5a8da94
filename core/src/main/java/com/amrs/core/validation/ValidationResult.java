package com.amrs.core.validation;

import static com.amrs.core.Arguments.requireNonNull;

import com.amrs.core.production.ProductionRecord;
import java.util.List;

/** A valid record and the fixes that made it valid, in the order they were applied. */
public record ValidationResult(ProductionRecord record, List<ValidationFix> fixes) {

    public ValidationResult {
        requireNonNull(record, "record");
        fixes = List.copyOf(requireNonNull(fixes, "fixes"));
    }

    public boolean repaired() {
        return !fixes.isEmpty();
    }
}
