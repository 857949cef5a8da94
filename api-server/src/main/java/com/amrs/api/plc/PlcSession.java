package com.amrs.api.plc;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PLC as its poller sees it: connects on demand (browsing our simulator's plant, or resolving the tag
 * map), then reads every mapped node per poll in as few Reads as the server's {@code MaxNodesPerRead}
 * allows, halving the chunk when the server answers {@code Bad_TooManyOperations}. After a failure the
 * session is dropped; the next read connects again. Used by one thread at a time.
 */
public final class PlcSession implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PlcSession.class);

    private final PlcDefinition plc;
    private final PlcClients clients;
    private final MachineClaims claims;
    private final Clock clock;
    private OpcUaClient client;
    private NodePlan plan;
    private ChunkedReads reads;
    private StateSubscription states;

    public PlcSession(PlcDefinition plc, PlcClients clients, MachineClaims claims, Clock clock) {
        this.plc = plc;
        this.clients = clients;
        this.claims = claims;
        this.clock = clock;
    }

    public PlcDefinition plc() {
        return plc;
    }

    /** Every machine's values, read at one instant (to the microsecond). */
    public PlcPoll read() throws PlcConnectException {
        if (client == null) {
            connect();
        }
        try {
            if (!plan.fits(client.getNamespaceTable())) {
                log.info(
                        "PLC {} changed its namespace indexes (it restarted); resolving the NodeIds again", plc.name());
                plan = new NodePlan(plan.machines(), client.getNamespaceTable());
            }
            List<DataValue> values = reads.values(plan.nodeIds());
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            PlcPoll poll = plan.poll(plc.name(), values, now);
            if (states != null) {
                poll = poll.withChanges(states.drain());
            }
            if (plc.discoverSimulator() && poll.machines().stream().anyMatch(MachinePoll::empty)) {
                log.warn("A machine of PLC {} delivered no values; browsing the plant again next poll", plc.name());
                close();
            }
            return poll;
        } catch (UaException | RuntimeException e) {
            close();
            throw new PlcConnectException(
                    PlcState.UNREACHABLE, "reading " + plc.url() + " failed: " + e.getMessage(), e);
        }
    }

    private void connect() throws PlcConnectException {
        OpcUaClient connected = clients.connect(plc);
        try {
            List<MachineTags> machines =
                    plc.discoverSimulator() ? SimulatorDiscovery.machines(connected) : plc.machines();
            claims.claim(
                    plc.name(), machines.stream().map(MachineTags::machineId).toList());
            plan = new NodePlan(machines, connected.getNamespaceTable());
            reads = ChunkedReads.of(connected, plc.name());
            states = StateSubscription.start(connected, plan, plc.name(), clock).orElse(null);
            client = connected;
            log.info(
                    "Connected to PLC {} at {} ({}): {} machines, up to {} nodes per Read",
                    plc.name(),
                    plc.url(),
                    plc.security(),
                    machines.size(),
                    reads.chunk());
        } catch (PlcConnectException e) {
            PlcClients.disconnectQuietly(connected);
            throw e;
        } catch (UaException | RuntimeException e) {
            PlcClients.disconnectQuietly(connected);
            throw new PlcConnectException(
                    plc.discoverSimulator() ? PlcState.MISCONFIGURED : PlcState.UNREACHABLE,
                    "connected to " + plc.url() + " but " + e.getMessage(),
                    e);
        }
    }

    @Override
    public void close() {
        OpcUaClient closing = client;
        client = null;
        plan = null;
        if (states != null) {
            states.close();
            states = null;
        }
        if (closing != null) {
            PlcClients.disconnectQuietly(closing);
        }
    }
}
