package com.amrs.api.plants;

import com.amrs.api.system.AmrsProperties;
import com.amrs.api.system.PlantMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns the outbox triggers on in edge mode and off in any other, before the collector or the API write a
 * record: an edge publishes from its first record on, and a central site's writes are never sent back.
 */
@Component
class OutboxSwitch implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxSwitch.class);

    private final JdbcClient jdbc;
    private final PlantMode mode;

    OutboxSwitch(JdbcClient jdbc, AmrsProperties properties) {
        this.jdbc = jdbc;
        this.mode = properties.mode();
    }

    @Override
    public void afterPropertiesSet() {
        boolean publishing = mode == PlantMode.EDGE;
        int changed = jdbc.sql("update kafka_publishing set enabled = ? where enabled <> ?")
                .params(publishing, publishing)
                .update();
        if (changed > 0) {
            log.info("Kafka outbox {}", publishing ? "on: records, stops and alerts are published" : "off");
        }
    }
}
