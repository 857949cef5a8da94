package com.amrs.api.collector;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import com.amrs.core.machine.MachineReading;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.util.EndpointUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PLC as the collector sees it: a Milo client that connects on demand, browses the plant once
 * per connection and reads all machines' variables in ONE Read request. After any failure the
 * client is dropped, so the next read connects and browses again (the server may have restarted
 * with other machines or namespace indexes). Used by the collector's single thread only.
 */
class OpcUaPlc implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OpcUaPlc.class);

    private final String endpointUrl;
    private final UInteger timeoutMillis;
    private final Clock clock;
    private OpcUaClient client;
    private PlantNodes nodes;

    OpcUaPlc(String endpointUrl, Duration timeout, Clock clock) {
        this.endpointUrl = endpointUrl;
        this.timeoutMillis = uint(timeout.toMillis());
        this.clock = clock;
    }

    /** Reads every machine; the readings carry the instant of the read, to the microsecond. */
    List<MachineReading> readAll() throws UaException {
        try {
            if (client == null) {
                connect();
            }
            List<DataValue> values = client.readValues(0, TimestampsToReturn.Neither, nodes.nodeIds());
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            return nodes.readings(values, now);
        } catch (UaException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private void connect() throws UaException {
        OpcUaClient created = OpcUaClient.create(
                endpointUrl,
                endpoints -> anonymousEndpoint(endpoints),
                transport -> transport.setConnectTimeout(timeoutMillis),
                config -> config.setApplicationName(LocalizedText.english("AMRS api-server"))
                        .setApplicationUri("urn:amrs:api-server")
                        .setRequestTimeout(timeoutMillis));
        client = created;
        created.connect();
        nodes = PlantNodes.browse(created);
        log.info("Connected to {}: {} machines", endpointUrl, nodes.machineIds().size());
    }

    /** Unsecured anonymous endpoint, at the host and port we were configured with. */
    private Optional<EndpointDescription> anonymousEndpoint(List<EndpointDescription> endpoints) {
        return endpoints.stream()
                .filter(endpoint -> SecurityPolicy.None.getUri().equals(endpoint.getSecurityPolicyUri()))
                .findFirst()
                .map(endpoint -> EndpointUtil.updateUrl(
                        endpoint, EndpointUtil.getHost(endpointUrl), EndpointUtil.getPort(endpointUrl)));
    }

    @Override
    public void close() {
        OpcUaClient closing = client;
        client = null;
        nodes = null;
        if (closing != null) {
            try {
                closing.disconnect();
            } catch (UaException | RuntimeException e) {
                log.debug("Disconnect failed: {}", e.getMessage());
            }
        }
    }
}
