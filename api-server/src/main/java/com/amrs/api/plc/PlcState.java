package com.amrs.api.plc;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A PLC connection as {@code /api/health} reports it (DESIGN.md §12). */
public enum PlcState {
    CONNECTED,
    CONNECTING,
    UNREACHABLE,
    /** the PLC's server certificate is not trusted: it waits in the PKI's rejected/ folder */
    UNTRUSTED,
    /** the PLC refused the username or password */
    UNAUTHORIZED,
    /** the PLC does not offer the configured security, or the tag map does not fit its address space */
    MISCONFIGURED;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
