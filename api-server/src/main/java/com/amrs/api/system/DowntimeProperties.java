package com.amrs.api.system;

import com.amrs.core.downtime.ReasonCatalogue;
import com.amrs.core.downtime.StopCategory;
import com.amrs.core.downtime.StopReason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code amrs.downtime} (DESIGN.md §14): the micro-stop threshold and the reason catalogue; without
 * {@code reasons} the catalogue is {@link ReasonCatalogue#defaults()}, the one config/amrs.yml ships.
 *
 * @param microStop an unplanned stop shorter than this is a micro-stop: a performance loss, not an
 *     availability loss
 */
@ConfigurationProperties("amrs.downtime")
public record DowntimeProperties(@DefaultValue("2m") Duration microStop, List<Reason> reasons) {

    /** One entry of {@code amrs.downtime.reasons}. */
    public record Reason(Integer code, String reason, String category) {}

    public DowntimeProperties {
        if (microStop.isNegative() || microStop.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("amrs.downtime.micro-stop must be between 0s and 1h, was " + microStop);
        }
        reasons = reasons == null ? null : List.copyOf(reasons);
        catalogue(reasons);
    }

    /** The catalogue, checked: a bad entry names its key. */
    public ReasonCatalogue catalogue() {
        return catalogue(reasons);
    }

    private static ReasonCatalogue catalogue(List<Reason> reasons) {
        if (reasons == null || reasons.isEmpty()) {
            return ReasonCatalogue.defaults();
        }
        List<StopReason> checked = new ArrayList<>();
        for (int i = 0; i < reasons.size(); i++) {
            Reason entry = reasons.get(i);
            try {
                if (entry.code() == null || entry.category() == null || entry.reason() == null) {
                    throw new IllegalArgumentException("needs a code, a reason and a category");
                }
                checked.add(new StopReason(entry.code(), entry.reason(), StopCategory.parse(entry.category())));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("amrs.downtime.reasons[" + i + "] " + e.getMessage(), e);
            }
        }
        try {
            return new ReasonCatalogue(checked);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("amrs.downtime.reasons: " + e.getMessage(), e);
        }
    }
}
