package com.amrs.api.alert;

/**
 * Published after an alert fired, resolved, reminded or was acknowledged (committed): what {@code /topic/alerts}
 * sends.
 *
 * @param event {@code fired}, {@code resolved}, {@code reminded} or {@code acknowledged}
 */
public record AlertChanged(String event, AlertView alert) {}
