package com.amrs.reporting.mail;

import java.util.Locale;

/** What became of a report's mail; stored lower case in {@code reports.mail_status}. */
public enum MailStatus {
    PENDING,
    SENT,
    FAILED,
    SKIPPED;

    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }
}
