package com.amrs.api.live;

import com.amrs.api.alert.AlertChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** {@code /topic/alerts} (DESIGN.md §17): each alert as it fires, resolves, reminds or is acknowledged. */
@Component
class AlertsTopic {

    static final String ALERTS = "/topic/alerts";

    private final StompTopics stomp;
    private final JsonMapper json;

    AlertsTopic(StompTopics stomp, JsonMapper json) {
        this.stomp = stomp;
        this.json = json;
    }

    @EventListener
    void on(AlertChanged change) {
        stomp.send(ALERTS, json.writeValueAsBytes(change));
    }
}
