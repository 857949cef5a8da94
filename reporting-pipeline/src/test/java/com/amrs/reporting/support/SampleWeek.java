package com.amrs.reporting.support;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Three machines in the week 2026-01-20 .. 2026-01-26, two records each, with KPIs worked out by hand:
 *
 * <pre>
 * machine    units  defects  downtime  planned         ideal cycle  ideal time
 * OPC-UA-M1  6,000    120    10.50 min 2 × 75 = 150 min  1.2 s        6,000 × 1.2 / 60 = 120 min
 * OPC-UA-M2  5,420    100    12.02 min 2 × 80 = 160 min  1.5 s        5,420 × 1.5 / 60 = 135.5 min
 * OPC-UA-M3  4,000     67    11.50 min 2 × 75 = 150 min  2.0 s        4,000 × 2.0 / 60 = 133.33 min
 * total     15,420    287    34.02 min          460 min                            388.83 min
 *
 * Yield            = (15,420 − 287) / 15,420 × 100 = 98.1387… → 98.14 %, defect rate 1.86 %
 * Average Downtime = 34.02 / 3 machines = 11.34 min
 *
 * OEE (DESIGN.md §14) takes its planned time from the shift calendar from each machine's first record
 * on (as completeness expects records), not from the records: up to 11:00 on 2026-01-26 (Europe/Berlin)
 * that is 8,940 min for OPC-UA-M1, 1,400 for OPC-UA-M2 and 8,595 for OPC-UA-M3, 18,935 in all (the
 * completeness table's expected minutes); with no stops availability is 100 %, and the records, which
 * cover a few shifts only, leave the rest as speed loss:
 * OPC-UA-M1        = performance 120 / 8,940 = 1.34 % × quality 5,880 / 6,000 = 98.00 %
 *                    = fully productive 5,880 × 1.2 / 60 = 117.6 min / 8,940 = 1.32 %
 * OPC-UA-M3        = 133.33 / 8,595 = 1.55 % × 3,933 / 4,000 = 98.33 % = 131.1 / 8,595 = 1.53 %
 * All machines     = performance 388.83 / 18,935 = 2.05 %; quality = fully productive / net run
 *                    = (117.6 + 5,320 × 1.5 / 60 + 131.1) / 388.83 = 381.7 / 388.83 = 98.17 %;
 *                    OEE 381.7 / 18,935 = 2.02 %
 * </pre>
 *
 * Rows outside the window (the day before it, the day after it) must not count.
 */
public final class SampleWeek {

    public static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 20);
    public static final LocalDate LAST_DAY = LocalDate.of(2026, 1, 26);

    private SampleWeek() {}

    public static void insert() {
        row("OPC-UA-M1", LAST_DAY.minusDays(1), "A", 3000, 60, 5.25, 4500, 1.2);
        row("OPC-UA-M1", LAST_DAY, "A", 3000, 60, 5.25, 4500, 1.2);
        row("OPC-UA-M2", LAST_DAY.minusDays(1), "B", 2710, 50, 6.01, 4800, 1.5);
        row("OPC-UA-M2", LAST_DAY, "A", 2710, 50, 6.01, 4800, 1.5);
        row("OPC-UA-M3", FIRST_DAY, "C", 2000, 33, 5.75, 4500, 2.0);
        row("OPC-UA-M3", LAST_DAY, "A", 2000, 34, 5.75, 4500, 2.0);
        row("OPC-UA-M1", FIRST_DAY.minusDays(1), "A", 99_999, 9_999, 999, 4500, 1.2);
        row("OPC-UA-M9", LAST_DAY.plusDays(1), "A", 77_777, 7_777, 777, 4500, 1.2);
        findings();
    }

    /** Three findings in the window (two negative values, one defects above units) and one before it. */
    private static void findings() {
        ProductionRows.finding(
                Instant.parse("2026-01-21T09:15:00Z"), "OPC-UA-M2", "units_produced", "-4", "0", "negative_value");
        ProductionRows.finding(
                Instant.parse("2026-01-25T13:30:00Z"), "OPC-UA-M1", "downtime_min", "-1.5", "0", "negative_value");
        ProductionRows.finding(
                Instant.parse("2026-01-26T08:45:00Z"),
                "OPC-UA-M3",
                "defective_units",
                "2100",
                "2000",
                "defects_above_units");
        ProductionRows.finding(
                Instant.parse("2026-01-19T12:00:00Z"), "OPC-UA-M3", "units_produced", "-9", "0", "negative_value");
    }

    private static void row(
            String machine,
            LocalDate date,
            String shift,
            long units,
            long defects,
            double downtime,
            double intervalSec,
            double idealCycle) {
        Instant recordedAt = date.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC);
        ProductionRows.insert(machine, date, shift, units, defects, downtime, intervalSec, idealCycle, recordedAt);
    }
}
