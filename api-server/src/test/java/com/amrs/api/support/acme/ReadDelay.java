package com.amrs.api.support.acme;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** How long every Read of the machine variables hangs; a change releases the Reads hanging now. */
final class ReadDelay {

    private Duration delay = Duration.ZERO;
    private CountDownLatch released = new CountDownLatch(1);

    synchronized void set(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("Negative read delay " + delay);
        }
        this.delay = delay;
        released.countDown();
        released = new CountDownLatch(1);
    }

    void await() {
        Duration current;
        CountDownLatch release;
        synchronized (this) {
            current = delay;
            release = released;
        }
        if (current.isZero()) {
            return;
        }
        try {
            release.await(current.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
