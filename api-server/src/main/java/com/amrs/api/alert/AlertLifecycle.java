package com.amrs.api.alert;

import com.amrs.api.alert.notify.AlertOutbox;
import com.amrs.api.alert.notify.NotificationEvent;
import com.amrs.core.shift.ShiftCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The life of a rule's alerts (DESIGN.md §17), one transaction per rule and evaluation, its notifications
 * written in it: an alert fires once its condition held for the rule's {@code for} (once: at most one firing
 * alert per rule and machine, in the database, so a restart fires nothing again), resolves once when the
 * condition no longer holds, and reminds every {@code repeat} while nobody acknowledged it.
 */
@Component
class AlertLifecycle {

    private final AlertStore store;
    private final AlertOutbox outbox;
    private final ShiftCalendar calendar;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    AlertLifecycle(
            AlertStore store,
            AlertOutbox outbox,
            ShiftCalendar calendar,
            TransactionTemplate transactions,
            ApplicationEventPublisher events) {
        this.store = store;
        this.outbox = outbox;
        this.calendar = calendar;
        this.transactions = transactions;
        this.events = events;
    }

    /** Applies what the rule's condition holds for now; publishes each change once it is committed. */
    List<AlertChanged> apply(AlertProperties.Rule rule, Findings findings, Instant now) {
        List<AlertChanged> changes = transactions.execute(status -> changes(rule, findings, now));
        changes.forEach(events::publishEvent);
        return changes;
    }

    private List<AlertChanged> changes(AlertProperties.Rule rule, Findings findings, Instant now) {
        List<AlertChanged> changes = new ArrayList<>();
        Map<String, AlertStore.Firing> firing = store.firing(rule.name()).stream()
                .collect(Collectors.toMap(current -> current.alert().machineId(), Function.identity()));
        for (Finding finding : findings.holding().values()) {
            if (!firing.containsKey(finding.machineId())
                    && Duration.between(finding.since(), now).compareTo(rule.holdFor()) >= 0) {
                String text = AlertTexts.firing(rule.name(), finding, now, calendar.zone());
                store.fire(rule.name(), rule.condition(), finding, text, now).ifPresent(alert -> {
                    outbox.enqueue(alert, NotificationEvent.FIRING, alert.text(), rule.channels());
                    changes.add(new AlertChanged("fired", alert));
                });
            }
        }
        for (AlertStore.Firing current : firing.values()) {
            String machine = current.alert().machineId();
            if (findings.holding().containsKey(machine) || findings.undecided().test(machine)) {
                remind(rule, current, now, changes);
            } else {
                store.resolve(current.alert().id(), now).ifPresent(alert -> {
                    String text = AlertTexts.resolved(alert.text(), Duration.between(alert.startedAt(), now));
                    outbox.enqueue(alert, NotificationEvent.RESOLVED, text, rule.channels());
                    changes.add(new AlertChanged("resolved", alert));
                });
            }
        }
        return changes;
    }

    private void remind(AlertProperties.Rule rule, AlertStore.Firing current, Instant now, List<AlertChanged> changes) {
        boolean due = rule.repeat().isPositive()
                && !current.alert().acknowledged()
                && !now.isBefore(current.lastNotified().plus(rule.repeat()));
        if (due) {
            store.remind(current.alert().id(), current.lastNotified(), now).ifPresent(alert -> {
                String text = AlertTexts.reminder(alert.text(), Duration.between(alert.startedAt(), now));
                outbox.enqueue(alert, NotificationEvent.REMINDER, text, rule.channels());
                changes.add(new AlertChanged("reminded", alert));
            });
        }
    }
}
