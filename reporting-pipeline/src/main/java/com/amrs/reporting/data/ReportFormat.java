package com.amrs.reporting.data;

import com.amrs.core.Decimals;
import com.amrs.core.kpi.Kpis;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How numbers and times read in the PDF and the mail: {@code 15,420}, {@code 98.14 %}, {@code 11.34 min}; decimals
 * rounded by core's {@link Decimals}, as the API and the workbook round them.
 */
public final class ReportFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ReportFormat() {}

    public static String units(long units) {
        return String.format(Locale.US, "%,d", units);
    }

    /** Exact, whatever its size: 18,446,744,073,709,551,614. */
    public static String units(BigInteger units) {
        return String.format(Locale.US, "%,d", units);
    }

    /** A percentage that is already in percent, e.g. the yield. */
    public static String percentage(double percent) {
        return String.format(Locale.US, "%.2f %%", Decimals.round2(percent));
    }

    /** A fraction shown as a percentage, e.g. an OEE part: 0.72349 gives 72.35 %. */
    public static String fraction(double fraction) {
        return percentage(Kpis.percent(fraction));
    }

    public static String minutes(double minutes) {
        return String.format(Locale.US, "%,.2f", Decimals.round2(minutes));
    }

    /** A threshold as configured: 2m gives {@code 2 min}, 90s gives {@code 90 s}. */
    public static String duration(Duration duration) {
        if (duration.toNanosPart() != 0) {
            return duration.toMillis() + " ms";
        }
        long seconds = duration.toSeconds();
        return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
    }

    /** A plant-local time with its zone: 2026-01-26 08:00 Europe/Berlin. */
    public static String time(Instant instant, ZoneId zone) {
        return localTime(instant, zone) + " " + zone.getId();
    }

    /** A plant-local time: 2026-01-26 08:00. */
    public static String localTime(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }

    public static String period(ReportData data) {
        return data.window().from() + " to " + data.window().to() + " ("
                + data.window().days() + (data.window().days() == 1 ? " day)" : " days)");
    }
}
