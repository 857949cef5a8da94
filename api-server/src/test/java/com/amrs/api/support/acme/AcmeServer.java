package com.amrs.api.support.acme;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransport;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransportConfig;

/** One run of the Milo server of an {@link AcmePlc}: each run has its own ServerStatus/StartTime. */
final class AcmeServer {

    private final OpcUaServer server;
    private final AcmeAddressSpace addressSpace;

    private AcmeServer(OpcUaServer server, AcmeAddressSpace addressSpace) {
        this.server = server;
        this.addressSpace = addressSpace;
    }

    static AcmeServer start(int port, AcmeSpec spec, PlcMemory memory, ReadDelay readDelay) {
        OpcUaServer server;
        try {
            server = new OpcUaServer(
                    AcmeServerConfig.create(port, spec.endpoints()),
                    transportProfile -> new OpcTcpServerTransport(
                            OpcTcpServerTransportConfig.newBuilder().build()));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot configure the ACME PLC", e);
        }
        var addressSpace = new AcmeAddressSpace(server, spec, memory, readDelay);
        addressSpace.startup();
        var started = new AcmeServer(server, addressSpace);
        try {
            server.startup().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            started.stop();
            throw new IllegalStateException("The ACME PLC cannot listen on port " + port, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            started.stop();
            throw new IllegalStateException("Interrupted while starting the ACME PLC", e);
        }
        return started;
    }

    void stop() {
        addressSpace.shutdown();
        try {
            server.shutdown().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The ACME PLC did not shut down", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
