package com.amrs.simulator.opcua;

import ch.qos.logback.classic.Level;
import com.amrs.simulator.opcua.PlcClients.Login;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UShort;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar plc-simulator.jar --healthcheck [endpointUrl]}: opens a session, reads {@code
 * OPC-UA-M1.State} and prints one line. Exit code 0 when healthy, 1 otherwise, within about 10 s.
 */
public final class HealthCheck {

    public static final String FLAG = "--healthcheck";

    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(4);
    private static final Duration TOTAL_TIMEOUT = Duration.ofSeconds(8);
    private static final String PROBE = MachineVariable.STATE.identifier("OPC-UA-M1");

    private HealthCheck() {}

    /** @return the process exit code */
    public static int runFromCommandLine(String[] args) {
        quietLogging();
        return run(args, System.getenv(), System.out);
    }

    static int run(String[] args, Map<String, String> environment, PrintStream out) {
        String endpointUrl = args.length > 0 ? args[0] : defaultUrl(environment);
        Optional<Login> login = login(environment);
        var probe = CompletableFuture.supplyAsync(() -> readProbe(endpointUrl, login));
        try {
            out.printf(
                    "healthy: %s %s = %s%n",
                    endpointUrl, PROBE, probe.get(TOTAL_TIMEOUT.toSeconds(), TimeUnit.SECONDS));
            return 0;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            out.printf("unhealthy: %s %s%n", endpointUrl, Objects.requireNonNullElse(cause.getMessage(), cause));
        } catch (TimeoutException e) {
            out.printf("unhealthy: %s no answer within %d s%n", endpointUrl, TOTAL_TIMEOUT.toSeconds());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.printf("unhealthy: %s interrupted%n", endpointUrl);
        }
        return 1;
    }

    static String defaultUrl(Map<String, String> environment) {
        return "opc.tcp://localhost:%s%s"
                .formatted(environment.getOrDefault("OPCUA_PORT", "4840"), ServerEndpoints.PATH);
    }

    /** Spring Boot's logging is not set up here, so the Milo client would log its banner lines. */
    private static void quietLogging() {
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(Level.WARN);
        }
    }

    /** The simulator's own credentials, when it requires a login. */
    private static Optional<Login> login(Map<String, String> environment) {
        String username = environment.getOrDefault("OPCUA_USERNAME", "");
        return username.isBlank()
                ? Optional.empty()
                : Optional.of(new Login(username, environment.getOrDefault("OPCUA_PASSWORD", "")));
    }

    private static String readProbe(String endpointUrl, Optional<Login> login) {
        try {
            OpcUaClient client = PlcClients.connect(endpointUrl, login, STEP_TIMEOUT);
            try {
                UShort namespace = client.readNamespaceTable().getIndex(PlantNamespace.URI);
                if (namespace == null) {
                    throw new IllegalStateException("namespace " + PlantNamespace.URI + " not found");
                }
                DataValue value = client.readValue(0, TimestampsToReturn.Neither, new NodeId(namespace, PROBE));
                if (!value.getStatusCode().isGood()) {
                    throw new IllegalStateException(PROBE + " read failed: " + value.getStatusCode());
                }
                return String.valueOf(value.getValue().getValue());
            } finally {
                client.disconnect();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
