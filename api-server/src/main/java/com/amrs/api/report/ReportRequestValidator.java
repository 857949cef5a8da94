package com.amrs.api.report;

import com.amrs.api.production.MachineDirectory;
import com.amrs.api.system.ApiException;
import com.amrs.api.system.MailAddresses;
import com.amrs.api.system.PlantScope;
import com.amrs.api.system.ProductionDays;
import com.amrs.core.shift.ProductionWindow;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.core.validation.FieldViolation;
import com.amrs.store.MachineFilter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The checks of {@code POST /api/reports}: dates of a window of at most 366 days that ends today at the latest,
 * known machines, valid addresses; one violation per bad field ({@code machines[1]}, {@code mail_to[0]}), and
 * nothing queued while any is found. Repeated machines and addresses count once.
 */
@Component
class ReportRequestValidator {

    static final int MAX_MAIL_TO = 20;
    /** More entries than this are refused whole, without a violation for each. */
    static final int MAX_LIST = 1000;

    private final MachineDirectory machines;
    private final PlantScope plants;
    private final ProductionDays productionDays;
    private final ShiftCalendar calendar;
    private final Clock clock;

    ReportRequestValidator(
            MachineDirectory machines,
            PlantScope plants,
            ProductionDays productionDays,
            ShiftCalendar calendar,
            Clock clock) {
        this.machines = machines;
        this.plants = plants;
        this.productionDays = productionDays;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * Refuses a plant that is not here, or not the user's, before anything else (as every read does); at a central
     * site no plant is the report of every plant.
     */
    NewReportJob check(ReportRequest request) {
        MachineFilter plant = plants.plantOrEveryPlant(request.plant());
        List<FieldViolation> violations = new ArrayList<>();
        LocalDate from = date("from", request.from(), violations);
        LocalDate to = date("to", request.to(), violations);
        LocalDate today = today();
        if (to != null && to.isAfter(today)) {
            violations.add(new FieldViolation("to", "must not be after today, " + today + " in the plant's time zone"));
        }
        if (from != null && to != null) {
            long days = ChronoUnit.DAYS.between(from, to) + 1;
            if (from.isAfter(to)) {
                violations.add(new FieldViolation("from", "must not be after to"));
            } else if (days > ProductionWindow.MAX_DAYS) {
                violations.add(new FieldViolation(
                        "from", "must be at most " + ProductionWindow.MAX_DAYS + " days before to, was " + days));
            }
        }
        List<String> machineIds = machines(plant, request.machines(), violations);
        List<String> mailTo = mailTo(request.mailTo(), violations);
        if (!violations.isEmpty()) {
            throw ApiException.invalidRequest("The report request is invalid; no report was requested.", violations);
        }
        return new NewReportJob(from, to, machineIds, mailTo, plant.plantParameter());
    }

    /**
     * The plant's calendar date: never before the production date of the shift running now, which during a night
     * shift after midnight is yesterday's (both days may end a report then).
     */
    private LocalDate today() {
        LocalDate calendarDate = LocalDate.ofInstant(clock.instant(), calendar.zone());
        LocalDate productionDate = productionDays.today();
        return calendarDate.isAfter(productionDate) ? calendarDate : productionDate;
    }

    private static LocalDate date(String field, String text, List<FieldViolation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(new FieldViolation(field, "is required: a date, e.g. 2026-11-30"));
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation(field, "must be a date, e.g. 2026-11-30, was '" + text + "'"));
            return null;
        }
    }

    /** The distinct known machines in their order; null (every machine) when none are named. */
    private List<String> machines(MachineFilter plant, List<String> ids, List<FieldViolation> violations) {
        if (ids == null || ids.isEmpty()) {
            return null;
        }
        if (plants.isCentral() && plant.plant().isEmpty()) {
            violations.add(new FieldViolation("machines", "need their plant: machines of two plants may share ids"));
            return null;
        }
        if (ids.size() > MAX_LIST) {
            violations.add(new FieldViolation("machines", "must name at most " + MAX_LIST + " machines"));
            return null;
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null || id.isBlank()) {
                violations.add(new FieldViolation("machines[" + i + "]", "must be a machine id"));
            } else if (distinct.add(id) && !machines.isKnown(plant, id)) {
                violations.add(new FieldViolation("machines[" + i + "]", "is not a known machine: " + id));
            }
        }
        return List.copyOf(distinct);
    }

    /** The distinct valid addresses in their order (the same in any case once); null when none are named. */
    private static List<String> mailTo(List<String> addresses, List<FieldViolation> violations) {
        if (addresses == null || addresses.isEmpty()) {
            return null;
        }
        if (addresses.size() > MAX_LIST) {
            violations.add(new FieldViolation("mail_to", "must name at most " + MAX_MAIL_TO + " addresses"));
            return null;
        }
        List<String> distinct = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < addresses.size(); i++) {
            String address = addresses.get(i) == null ? null : addresses.get(i).strip();
            if (!MailAddresses.valid(address)) {
                violations.add(
                        new FieldViolation("mail_to[" + i + "]", "must be an e-mail address such as name@example.com"));
            } else if (seen.add(address.toLowerCase(Locale.ROOT))) {
                distinct.add(address);
            }
        }
        if (distinct.size() > MAX_MAIL_TO) {
            violations.add(new FieldViolation(
                    "mail_to", "must name at most " + MAX_MAIL_TO + " addresses, named " + distinct.size()));
        }
        return distinct;
    }
}
