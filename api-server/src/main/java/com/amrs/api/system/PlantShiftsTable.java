package com.amrs.api.system;

import com.amrs.core.shift.ShiftCalendar;
import com.amrs.core.shift.ShiftDefinition;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the shift calendar of {@code amrs.plant} into {@code plant_shifts} at start-up (migration V8), so
 * that the database stamps a row inserted with psql without {@code recorded_at} with its shift's start.
 * Idempotent: the table is replaced whole in one transaction, so a reader sees the old calendar or the new
 * one. A database that refuses is logged, not fatal: psql rows then get the previous calendar.
 */
@Component
public class PlantShiftsTable implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlantShiftsTable.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ShiftCalendar calendar;

    PlantShiftsTable(JdbcClient jdbc, TransactionTemplate transactions, ShiftCalendar calendar) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.calendar = calendar;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            write(calendar);
            log.info("Shift calendar written to plant_shifts: {}", calendar);
        } catch (DataAccessException e) {
            log.warn("Could not write the shift calendar to plant_shifts: {}", e.getMessage());
        }
    }

    /** Replaces the table's calendar with {@code calendar}; each shift ends where the next one starts. */
    public void write(ShiftCalendar calendar) {
        List<ShiftDefinition> shifts = calendar.shifts();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("lock table plant_shifts in exclusive mode").update();
            jdbc.sql("delete from plant_shifts").update();
            for (int i = 0; i < shifts.size(); i++) {
                ShiftDefinition shift = shifts.get(i);
                ShiftDefinition next = shifts.get((i + 1) % shifts.size());
                jdbc.sql("insert into plant_shifts (name, starts_at, ends_at, time_zone) values (?, ?, ?, ?)")
                        .params(shift.name(), shift.start(), next.start(), postgresZone(calendar.zone()))
                        .update();
            }
        });
    }

    /**
     * The zone as PostgreSQL reads it: a region by its IANA name; a fixed offset as a POSIX zone, whose
     * sign is the opposite of ISO 8601's (PostgreSQL would read "+05:30" as five and a half hours west).
     */
    static String postgresZone(ZoneId zone) {
        if (!(zone.normalized() instanceof ZoneOffset offset)) {
            return zone.getId();
        }
        if (offset.getTotalSeconds() == 0) {
            return "UTC";
        }
        String iso = offset.getId();
        return "<" + iso.replace(":", "") + ">" + (offset.getTotalSeconds() > 0 ? "-" : "+") + iso.substring(1);
    }
}
