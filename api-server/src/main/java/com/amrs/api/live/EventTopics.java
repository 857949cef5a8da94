package com.amrs.api.live;

import com.amrs.api.alert.AlertChanged;
import com.amrs.api.downtime.StopChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The STOMP topics that relay an event as it happens: {@code /topic/stops} each stop as it starts, ends or gets a
 * reason (DESIGN.md §14), {@code /topic/alerts} each alert as it fires, resolves, reminds or is acknowledged (§17).
 */
@Component
class EventTopics {

    static final String STOPS = "/topic/stops";
    static final String ALERTS = "/topic/alerts";

    private final StompTopics stomp;
    private final JsonMapper json;

    EventTopics(StompTopics stomp, JsonMapper json) {
        this.stomp = stomp;
        this.json = json;
    }

    @EventListener
    void on(StopChanged change) {
        stomp.send(STOPS, json.writeValueAsBytes(change));
    }

    @EventListener
    void on(AlertChanged change) {
        stomp.send(ALERTS, json.writeValueAsBytes(change));
    }
}
