package com.amrs.api.system;

import java.util.regex.Pattern;

/**
 * The addresses the api-server lets mail go to (a report's {@code mail_to}, an alert channel's {@code email}): a bare {@code local@domain} in ASCII, no display name, no comment, no
 * quoting, a domain of host name labels; at most 254 characters, the local part at most 64. Stricter than the
 * reporting pipeline's mailer (Jakarta Mail, and {@code @Email} for {@code EMAIL_RECEIVER}), so that whatever
 * passes here it sends. Jakarta Mail is not on the api-server's class path, hence a check of its own.
 */
public final class MailAddresses {

    static final int MAX_LENGTH = 254;
    static final int MAX_LOCAL_LENGTH = 64;

    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final Pattern ADDRESS =
            Pattern.compile(ATOM + "(?:\\." + ATOM + ")*@" + LABEL + "(?:\\." + LABEL + ")*");

    private MailAddresses() {}

    public static boolean valid(String address) {
        return address != null
                && address.length() <= MAX_LENGTH
                && address.indexOf('@') <= MAX_LOCAL_LENGTH
                && ADDRESS.matcher(address).matches();
    }
}
