package com.amrs.api.alert.notify;

/** A notification a channel did not take; {@code permanent} when trying again cannot help. */
class DeliveryException extends Exception {

    private final boolean permanent;

    DeliveryException(String message, boolean permanent) {
        super(message);
        this.permanent = permanent;
    }

    static DeliveryException transientFailure(String message) {
        return new DeliveryException(message, false);
    }

    static DeliveryException permanent(String message) {
        return new DeliveryException(message, true);
    }

    boolean isPermanent() {
        return permanent;
    }
}
