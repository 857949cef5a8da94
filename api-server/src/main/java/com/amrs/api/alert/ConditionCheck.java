package com.amrs.api.alert;

import java.time.Instant;

/** Judges one {@link Condition} for the machines a rule watches. */
interface ConditionCheck {

    Condition condition();

    Findings check(AlertProperties.Rule rule, Instant now);
}
