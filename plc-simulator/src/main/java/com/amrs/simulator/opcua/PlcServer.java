package com.amrs.simulator.opcua;

import com.amrs.simulator.config.SimulatorProperties;
import com.amrs.simulator.machine.MachineFleet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransport;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransportConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** The Milo OPC-UA server serving the plant namespace, started and stopped with the application. */
@Component
final class PlcServer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PlcServer.class);

    private final SimulatorProperties properties;
    private final MachineFleet fleet;
    private OpcUaServer server;
    private PlantNamespace namespace;

    PlcServer(SimulatorProperties properties, MachineFleet fleet) {
        this.properties = properties;
        this.fleet = fleet;
    }

    @Override
    public void start() {
        server = new OpcUaServer(
                configuration(),
                transportProfile -> new OpcTcpServerTransport(
                        OpcTcpServerTransportConfig.newBuilder().build()));
        namespace = new PlantNamespace(server, fleet);
        namespace.startup();
        try {
            server.startup().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            stop();
            throw new IllegalStateException(
                    "OPC-UA server could not listen on port %d (OPCUA_PORT); is another process using it? %s"
                            .formatted(properties.port(), e.getMessage()),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the OPC-UA server", e);
        }
        log.info(
                "OPC-UA server listening on opc.tcp://0.0.0.0:{}{} ({} machines, namespace {}, {})",
                properties.port(),
                ServerEndpoints.PATH,
                fleet.machines().size(),
                PlantNamespace.URI,
                properties.security().enabled() ? "Basic256Sha256 + username" : "no security, anonymous");
    }

    private OpcUaServerConfig configuration() {
        try {
            return ServerConfiguration.create(properties);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot configure the OPC-UA server: " + e.getMessage(), e);
        }
    }

    @Override
    public void stop() {
        if (server == null) {
            return;
        }
        namespace.shutdown();
        try {
            server.shutdown().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            log.warn("OPC-UA server did not shut down cleanly", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server = null;
        log.info("OPC-UA server stopped");
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }
}
