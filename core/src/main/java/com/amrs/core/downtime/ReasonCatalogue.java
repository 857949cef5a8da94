package com.amrs.core.downtime;

import static com.amrs.core.Arguments.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reasons a stop can be charged to, by code (DESIGN.md §14, {@code amrs.downtime.reasons}): a stop
 * whose FaultCode the catalogue knows gets its reason; any other is {@link StopReason#UNASSIGNED}.
 */
public final class ReasonCatalogue {

    private static final List<StopReason> DEFAULTS = List.of(
            new StopReason(101, "Jam at infeed", StopCategory.UNPLANNED),
            new StopReason(204, "Motor overload", StopCategory.UNPLANNED),
            new StopReason(317, "Sensor fault", StopCategory.UNPLANNED),
            new StopReason(422, "Material shortage", StopCategory.UNPLANNED),
            new StopReason(509, "Quality check failed", StopCategory.UNPLANNED),
            new StopReason(613, "Safety stop", StopCategory.UNPLANNED),
            new StopReason(801, "Planned changeover", StopCategory.PLANNED),
            new StopReason(802, "Planned maintenance", StopCategory.PLANNED));

    private final Map<Integer, StopReason> byCode = new LinkedHashMap<>();

    public ReasonCatalogue(List<StopReason> reasons) {
        requireNonNull(reasons, "reasons");
        for (StopReason reason : reasons) {
            requireNonNull(reason, "reason");
            if (reason.code() == null) {
                throw new IllegalArgumentException("every reason needs a code above 0: \"" + reason.reason() + "\"");
            }
            if (byCode.putIfAbsent(reason.code(), reason) != null) {
                throw new IllegalArgumentException("reason code " + reason.code() + " is listed twice");
            }
        }
    }

    /** The catalogue of config/amrs.yml as shipped, which is also what the simulator's machines report. */
    public static ReasonCatalogue defaults() {
        return new ReasonCatalogue(DEFAULTS);
    }

    /** The reason of a PLC's FaultCode; 0, none or a code the catalogue does not know is Unassigned. */
    public StopReason ofFault(Integer faultCode) {
        return faultCode == null ? StopReason.UNASSIGNED : byCode.getOrDefault(faultCode, StopReason.UNASSIGNED);
    }

    public Optional<StopReason> find(int code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public List<StopReason> reasons() {
        return List.copyOf(byCode.values());
    }
}
