package com.amrs.api.plc;

import static com.amrs.api.plc.TagMap.invalid;

import java.util.List;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;

/** The {@code security} block of a PLC, checked. */
final class SecuritySettings {

    static final List<SecurityPolicy> POLICIES = List.of(
            SecurityPolicy.None,
            SecurityPolicy.Basic256Sha256,
            SecurityPolicy.Aes128_Sha256_RsaOaep,
            SecurityPolicy.Aes256_Sha256_RsaPss);
    static final List<MessageSecurityMode> MODES =
            List.of(MessageSecurityMode.None, MessageSecurityMode.Sign, MessageSecurityMode.SignAndEncrypt);

    private SecuritySettings() {}

    static PlcSecurity parse(String key, PlcProperties.Security security) {
        SecurityPolicy policy = POLICIES.stream()
                .filter(candidate ->
                        candidate.name().equalsIgnoreCase(security.policy().strip()))
                .findFirst()
                .orElseThrow(() -> invalid(key + ".policy", security.policy(), "one of " + POLICIES));
        MessageSecurityMode mode = MODES.stream()
                .filter(candidate ->
                        candidate.name().equalsIgnoreCase(security.mode().strip()))
                .findFirst()
                .orElseThrow(() -> invalid(key + ".mode", security.mode(), "one of " + MODES));
        if ((policy == SecurityPolicy.None) != (mode == MessageSecurityMode.None)) {
            throw invalid(
                    key + ".mode",
                    mode,
                    "policy None goes with mode None, policy " + policy + " with Sign or SignAndEncrypt");
        }
        String username = blankToNull(security.username());
        String password = security.password() == null ? "" : security.password();
        if (username != null && password.isEmpty()) {
            throw invalid(key + ".password", "", "a username needs its password (is the variable set?)");
        }
        return new PlcSecurity(policy, mode, username, username == null ? null : password, security.trustOnFirstUse());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
