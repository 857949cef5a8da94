package com.amrs.api.plc;

import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.jspecify.annotations.Nullable;

/** How the collector opens its session with a PLC; no username means anonymous. */
public record PlcSecurity(
        SecurityPolicy policy,
        MessageSecurityMode mode,
        @Nullable String username,
        @Nullable String password,
        boolean trustOnFirstUse) {

    public static final PlcSecurity NONE =
            new PlcSecurity(SecurityPolicy.None, MessageSecurityMode.None, null, null, false);

    public boolean anonymous() {
        return username == null || username.isBlank();
    }

    public boolean secured() {
        return policy != SecurityPolicy.None;
    }

    @Override
    public String toString() {
        return policy + "/" + mode + (anonymous() ? ", anonymous" : ", user " + username);
    }
}
