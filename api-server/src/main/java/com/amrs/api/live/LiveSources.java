package com.amrs.api.live;

import com.amrs.api.kpi.KpiSummaries;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.TextMessage;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the live stream sends, as JSON from the application's mapper: snake_case and ISO-8601
 * times, exactly like the REST API. Used on the broadcast thread only.
 */
@Component
class LiveSources {

    private static final Logger log = LoggerFactory.getLogger(LiveSources.class);

    private final JsonMapper json;
    private final KpiSummaries kpis;
    private final LiveSnapshot snapshot;
    private boolean kpisFailing;

    LiveSources(JsonMapper json, KpiSummaries kpis, LiveSnapshot snapshot) {
        this.json = json;
        this.kpis = kpis;
        this.snapshot = snapshot;
    }

    /** One message whose text and UTF-8 bytes are shared by every client. */
    TextMessage serialise(LiveUpdate update) {
        return new TextMessage(json.writeValueAsBytes(update));
    }

    List<LiveMachine> machines() {
        return snapshot.machines();
    }

    /** {@code GET /api/kpis?days=1} as JSON; empty while the database is away (logged once). */
    Optional<byte[]> kpis() {
        try {
            byte[] summary = json.writeValueAsBytes(kpis.today());
            if (kpisFailing) {
                log.info("KPIs for /topic/kpis available again");
                kpisFailing = false;
            }
            return Optional.of(summary);
        } catch (DataAccessException e) {
            if (!kpisFailing) {
                log.warn("No KPIs for /topic/kpis while the database is unavailable: {}", e.getMessage());
                kpisFailing = true;
            }
            return Optional.empty();
        }
    }
}
