package com.amrs.api.alert.notify;

import com.amrs.api.alert.AlertProperties;
import com.amrs.api.alert.AlertView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an alert's notifications into {@code alert_notifications}, one per channel, in the transaction that
 * fired, resolved or reminded it; {@link NotificationDispatcher} sends them. What is sent is made here once: the
 * webhook body of DESIGN.md §17 (signed as it is, on every try), or the mail's subject and text.
 */
@Component
public class AlertOutbox {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AlertProperties properties;

    AlertOutbox(JdbcClient jdbc, JsonMapper json, AlertProperties properties) {
        this.jdbc = jdbc;
        this.json = json;
        this.properties = properties;
    }

    /** @param text what the notification says: the alert's text, or its resolved or reminder text */
    public void enqueue(AlertView alert, NotificationEvent event, String text, List<String> channels) {
        for (String name : channels) {
            properties.channels().stream()
                    .filter(channel -> channel.name().equals(name))
                    .findFirst()
                    .ifPresent(channel -> jdbc.sql("insert into alert_notifications (alert_id, channel, event, body)"
                                    + " values (?, ?, ?, ?)")
                            .params(alert.id(), name, event.code(), body(channel, alert, event, text))
                            .update());
        }
    }

    private String body(AlertProperties.Channel channel, AlertView alert, NotificationEvent event, String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (channel.isWebhook()) {
            body.put("alert", alert.id());
            body.put("rule", alert.rule());
            body.put("machine_id", alert.machineId());
            body.put("state", event.state());
            body.put("started_at", alert.startedAt().toString());
            body.put(
                    "resolved_at",
                    alert.resolvedAt() == null ? null : alert.resolvedAt().toString());
            body.put("text", text);
            body.put("url", link());
        } else {
            body.put("subject", "[AMRS] " + subject(alert, event));
            body.put("text", text + "\n\n" + facts(alert) + "\nAlerts: " + link() + "\n");
        }
        return json.writeValueAsString(body);
    }

    private static String subject(AlertView alert, NotificationEvent event) {
        String what = alert.machineId() + ": " + alert.when().replace('_', ' ') + " (rule " + alert.rule() + ")";
        return switch (event) {
            case FIRING -> "FIRING " + what;
            case RESOLVED -> "Resolved " + what;
            case REMINDER -> "Still firing " + what;
        };
    }

    private static String facts(AlertView alert) {
        return "Machine: " + alert.machineId()
                + "\nRule: " + alert.rule() + " (" + alert.when() + ")"
                + "\nCondition began: " + alert.startedAt()
                + "\nFired: " + alert.firedAt()
                + (alert.resolvedAt() == null ? "" : "\nResolved: " + alert.resolvedAt())
                + "\nAlert: " + alert.id();
    }

    private String link() {
        String base = properties.publicUrl().toString();
        return (base.endsWith("/") ? base : base + "/") + "#alerts";
    }
}
