package com.amrs.api.production;

import com.amrs.core.production.ProductionRecord;

/** Published after {@code POST /api/production} stored a record. */
public record ManualRecordStored(ProductionRecord record) {}
