package com.amrs.reporting.excel;

import com.amrs.reporting.data.ReportData;
import com.amrs.reporting.excel.SheetWriter.Column;
import com.amrs.store.downtime.MachineStop;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Sheet {@code stops} (DESIGN.md §14): one row per stop row of the window, oldest first, times in plant time;
 * a stop still open has no end and counts its minutes until the report was made, as the Pareto does.
 */
final class StopsSheet {

    static final String NAME = "stops";

    private StopsSheet() {}

    static void write(Workbook workbook, Styles styles, ReportData data) {
        SheetWriter sheet = SheetWriter.of(
                workbook.createSheet(NAME),
                styles,
                new Column("Machine", 18),
                new Column("Start", 20),
                new Column("End", 20),
                new Column("Minutes", 10),
                new Column("State", 8),
                new Column("Fault code", 11),
                new Column("Reason code", 12),
                new Column("Reason", 24),
                new Column("Category", 11),
                new Column("Date", 12),
                new Column("Shift", 8),
                new Column("Comment", 40));
        for (MachineStop stop : data.stops()) {
            sheet.row()
                    .text(stop.machineId())
                    .time(local(stop.startedAt(), data.zone()))
                    .time(local(stop.endedAt(), data.zone()))
                    .decimal(stop.minutes(data.generatedAt()))
                    .text(stop.state())
                    .integer(stop.faultCode())
                    .integer(stop.reasonCode())
                    .text(stop.reason())
                    .text(stop.category())
                    .date(stop.productionDate())
                    .text(stop.shift())
                    .text(stop.comment());
        }
        sheet.filter();
    }

    private static LocalDateTime local(Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }
}
