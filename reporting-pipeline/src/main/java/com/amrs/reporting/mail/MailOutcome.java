package com.amrs.reporting.mail;

/** The status of a report's mail and, when it failed, why. */
public record MailOutcome(MailStatus status, String error) {

    static MailOutcome sent() {
        return new MailOutcome(MailStatus.SENT, null);
    }

    public static MailOutcome skipped() {
        return new MailOutcome(MailStatus.SKIPPED, null);
    }

    static MailOutcome failed(String error) {
        return new MailOutcome(MailStatus.FAILED, error);
    }
}
