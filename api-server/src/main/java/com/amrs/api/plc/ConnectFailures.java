package com.amrs.api.plc;

import java.net.ConnectException;
import java.net.UnknownHostException;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;

/** Sorts a failed connect into a {@link PlcState} with what to do about it. */
final class ConnectFailures {

    private ConnectFailures() {}

    static PlcConnectException classify(
            PlcDefinition plc, UaException failure, PlcTrust.Validator validator, PlcTrust trust) {
        long code = failure.getStatusCode().value();
        if (validator != null && validator.refusal() != null) {
            return new PlcConnectException(
                    PlcState.UNTRUSTED,
                    "the PLC's server certificate is not trusted; it was saved in "
                            + trust.rejectedDir().toAbsolutePath() + ": move it to "
                            + trust.trustedDir().toAbsolutePath() + " to trust it",
                    failure);
        }
        if (code == StatusCodes.Bad_UserAccessDenied
                || code == StatusCodes.Bad_IdentityTokenRejected
                || code == StatusCodes.Bad_IdentityTokenInvalid) {
            return new PlcConnectException(
                    PlcState.UNAUTHORIZED,
                    "the PLC refused "
                            + (plc.security().anonymous()
                                    ? "anonymous login"
                                    : "user " + plc.security().username()) + " (" + name(code) + ")",
                    failure);
        }
        if (code == StatusCodes.Bad_ConfigurationError) {
            return new PlcConnectException(
                    PlcState.MISCONFIGURED,
                    "the PLC offers no endpoint with security " + plc.security().policy() + "/"
                            + plc.security().mode(),
                    failure);
        }
        if (code == StatusCodes.Bad_SecurityChecksFailed || code == StatusCodes.Bad_CertificateUntrusted) {
            return new PlcConnectException(
                    PlcState.UNTRUSTED,
                    "the PLC refused the api-server's certificate (" + name(code) + "): trust "
                            + "own/amrs-client.pfx's certificate on the PLC",
                    failure);
        }
        String cause = causeOf(failure);
        return new PlcConnectException(PlcState.UNREACHABLE, "cannot reach " + plc.url() + ": " + cause, failure);
    }

    private static String causeOf(UaException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException) {
                return "unknown host " + cause.getMessage();
            }
            if (cause instanceof ConnectException) {
                return "connection refused";
            }
        }
        return name(failure.getStatusCode().value()) + " " + String.valueOf(failure.getMessage());
    }

    static String name(long code) {
        return StatusCodes.lookup(code).map(names -> names[0]).orElse(new StatusCode(code).toString());
    }
}
