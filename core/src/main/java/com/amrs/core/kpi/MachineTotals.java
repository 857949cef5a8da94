package com.amrs.core.kpi;

import static com.amrs.core.Arguments.requireNonNegative;
import static com.amrs.core.Arguments.requireNonNull;
import static com.amrs.core.Arguments.requireText;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;

import com.amrs.core.production.ProductionRecord;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * One machine's sums over a window, the shape a SQL {@code group by machine_id} gives.
 * {@code plannedMin} is the time the summed records cover (DESIGN §6). Units and defects are exact
 * integers of any size: each record holds at most a {@code bigint}, but their sum over a window need
 * not fit one (DESIGN §13: no sum can overflow).
 */
public record MachineTotals(
        String machineId,
        BigInteger unitsProduced,
        BigInteger defectiveUnits,
        double downtimeMin,
        double plannedMin,
        double idealCycleTimeSeconds) {

    public MachineTotals {
        requireText(machineId, "machineId");
        requireNonNegative(unitsProduced, "unitsProduced");
        requireNonNegative(defectiveUnits, "defectiveUnits");
        if (defectiveUnits.compareTo(unitsProduced) > 0) {
            throw new IllegalArgumentException(
                    "defectiveUnits (" + defectiveUnits + ") must not exceed unitsProduced (" + unitsProduced + ")");
        }
        requireNonNegative(downtimeMin, "downtimeMin");
        requireNonNegative(plannedMin, "plannedMin");
        requireNonNegative(idealCycleTimeSeconds, "idealCycleTimeSeconds");
    }

    /** Sums that fit a {@code long}, as one record or a test gives them. */
    public MachineTotals(
            String machineId,
            long unitsProduced,
            long defectiveUnits,
            double downtimeMin,
            double plannedMin,
            double idealCycleTimeSeconds) {
        this(
                machineId,
                BigInteger.valueOf(unitsProduced),
                BigInteger.valueOf(defectiveUnits),
                downtimeMin,
                plannedMin,
                idealCycleTimeSeconds);
    }

    public BigInteger goodUnits() {
        return unitsProduced.subtract(defectiveUnits);
    }

    /** Planned time less downtime, never below zero. */
    public double runMin() {
        return Math.max(0, plannedMin - downtimeMin);
    }

    /** Sums records per machine, each record covering {@code coveredPerRecord} of planned time. */
    public static Map<String, MachineTotals> fromRecords(
            Collection<ProductionRecord> records,
            Duration coveredPerRecord,
            ToDoubleFunction<String> idealCycleSecondsByMachine) {
        requireNonNull(coveredPerRecord, "coveredPerRecord");
        if (coveredPerRecord.isNegative()) {
            throw new IllegalArgumentException("coveredPerRecord must not be negative, was " + coveredPerRecord);
        }
        double plannedMin = coveredPerRecord.toMillis() / 60_000.0;
        return fromRecords(records, record -> plannedMin, idealCycleSecondsByMachine);
    }

    /** Sums records per machine, ordered by machine id, with each record's planned minutes given. */
    public static Map<String, MachineTotals> fromRecords(
            Collection<ProductionRecord> records,
            ToDoubleFunction<ProductionRecord> plannedMinOfRecord,
            ToDoubleFunction<String> idealCycleSecondsByMachine) {
        Map<String, List<ProductionRecord>> byMachine =
                records.stream().collect(groupingBy(ProductionRecord::machineId, TreeMap::new, toList()));
        Map<String, MachineTotals> totals = new LinkedHashMap<>();
        byMachine.forEach((machineId, machineRecords) -> {
            double idealCycleSeconds = idealCycleSecondsByMachine.applyAsDouble(machineId);
            totals.put(machineId, sum(machineId, machineRecords, plannedMinOfRecord, idealCycleSeconds));
        });
        return Collections.unmodifiableMap(totals);
    }

    private static MachineTotals sum(
            String machineId,
            List<ProductionRecord> records,
            ToDoubleFunction<ProductionRecord> plannedMinOfRecord,
            double idealCycleSeconds) {
        BigInteger units = BigInteger.ZERO;
        BigInteger defects = BigInteger.ZERO;
        double downtime = 0;
        double planned = 0;
        for (ProductionRecord record : records) {
            units = units.add(BigInteger.valueOf(record.unitsProduced()));
            defects = defects.add(BigInteger.valueOf(record.defectiveUnits()));
            downtime += record.downtimeMin();
            planned += plannedMinOfRecord.applyAsDouble(record);
        }
        return new MachineTotals(machineId, units, defects, downtime, planned, idealCycleSeconds);
    }
}
