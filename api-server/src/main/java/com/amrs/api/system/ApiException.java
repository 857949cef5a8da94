package com.amrs.api.system;

import com.amrs.core.validation.FieldViolation;
import java.util.List;

/** A request the API refuses, rendered as a problem detail by {@link ApiExceptionHandler}. */
public final class ApiException extends RuntimeException {

    private final ProblemType type;
    private final transient List<FieldViolation> errors;

    private ApiException(ProblemType type, String detail, List<FieldViolation> errors) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    private ApiException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public static ApiException invalidRecord(List<FieldViolation> violations) {
        return new ApiException(ProblemType.INVALID_REQUEST, "The record is invalid; nothing was stored.", violations);
    }

    public static ApiException invalidReasonAssignment(List<FieldViolation> violations) {
        return new ApiException(
                ProblemType.INVALID_REQUEST, "The reason assignment is invalid; nothing was changed.", violations);
    }

    public static ApiException invalidRequest(String detail, List<FieldViolation> violations) {
        return new ApiException(ProblemType.INVALID_REQUEST, detail, violations);
    }

    public static ApiException unknownMachine(String machineId) {
        return new ApiException(ProblemType.UNKNOWN_MACHINE, "No data for machine '" + machineId + "'.");
    }

    public static ApiException unknownPlant(String plant, List<String> known) {
        return new ApiException(
                ProblemType.UNKNOWN_PLANT,
                "There is no plant '%s' here; %s."
                        .formatted(
                                plant,
                                known.isEmpty()
                                        ? "no plant has sent records yet"
                                        : "the plants are " + String.join(", ", known)));
    }

    public static ApiException plantForbidden(String plant, List<String> allowed) {
        return new ApiException(
                ProblemType.FORBIDDEN,
                "You may not read plant '%s'; %s."
                        .formatted(
                                plant,
                                allowed.isEmpty()
                                        ? "you may read no plant of this site"
                                        : "your plants are " + String.join(", ", allowed)));
    }

    public static ApiException plantRequired(List<String> known) {
        return new ApiException(
                ProblemType.PLANT_REQUIRED,
                "This central site holds many plants: name one with ?plant=%s (GET /api/plants lists them)."
                        .formatted(known.isEmpty() ? "<plant>" : known.getFirst()));
    }

    public static ApiException keptByThePlant(String what) {
        return new ApiException(
                ProblemType.KEPT_BY_THE_PLANT,
                ("This central site keeps copies of what each plant sends: %s on the plant's own api-server, and"
                                + " the change comes here over Kafka. Nothing was changed.")
                        .formatted(what));
    }

    public static ApiException notFound(String what) {
        return new ApiException(ProblemType.NOT_FOUND, what + " not found.");
    }

    public static ApiException machineNotStopped(String machineId) {
        return new ApiException(
                ProblemType.MACHINE_NOT_STOPPED,
                "Machine '%s' has no open stop: it runs, or its PLC has not reported it stopped. Nothing was changed."
                        .formatted(machineId));
    }

    public static ApiException alertNotFound(long id) {
        return new ApiException(ProblemType.ALERT_NOT_FOUND, "There is no alert " + id + ".");
    }

    public static ApiException alertResolved(long id) {
        return new ApiException(
                ProblemType.ALERT_RESOLVED, "Alert %d is resolved already; nothing was changed.".formatted(id));
    }

    public static ApiException userExists(String username) {
        return new ApiException(
                ProblemType.USER_EXISTS, "User '%s' exists already; nothing was changed.".formatted(username));
    }

    public static ApiException lastAdmin(String username) {
        return new ApiException(
                ProblemType.LAST_ADMIN,
                "'%s' is the last enabled admin: add or enable another admin first. Nothing was changed."
                        .formatted(username));
    }

    public static ApiException noReport() {
        return new ApiException(ProblemType.NO_REPORT, "No report has been generated yet.");
    }

    public static ApiException noWorkbook(long reportId) {
        return new ApiException(
                ProblemType.NOT_FOUND,
                "Report %d has no workbook: it was made before workbooks were kept.".formatted(reportId));
    }

    public static ApiException duplicateRecord(String machineId, Object productionDate, String shift) {
        return new ApiException(
                ProblemType.DUPLICATE_RECORD,
                "A record for machine '%s', %s, shift %s already exists.".formatted(machineId, productionDate, shift));
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldViolation> errors() {
        return errors;
    }
}
