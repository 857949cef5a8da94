package com.amrs.api.live;

import com.amrs.api.downtime.StopChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** {@code /topic/stops} (DESIGN.md §14): each stop as it starts, ends or gets a reason. */
@Component
class StopsTopic {

    static final String STOPS = "/topic/stops";

    private final StompTopics stomp;
    private final JsonMapper json;

    StopsTopic(StompTopics stomp, JsonMapper json) {
        this.stomp = stomp;
        this.json = json;
    }

    @EventListener
    void on(StopChanged change) {
        stomp.send(STOPS, json.writeValueAsBytes(change));
    }
}
