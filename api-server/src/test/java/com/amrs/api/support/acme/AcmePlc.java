package com.amrs.api.support.acme;

import com.amrs.testsupport.FreePorts;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;

/**
 * A third-party PLC for the collector's tests: a real Milo OPC-UA server on a free localhost port,
 * serving the machines of an {@link AcmeSpec} under {@code urn:acme:line1} and {@code urn:acme:numeric},
 * with at most {@value #MAX_NODES_PER_READ} nodes per Read. Every control is thread-safe. Instances
 * stop at JVM exit; tests that stop or slow down the {@link #shared()} one set it right afterwards.
 */
public final class AcmePlc implements AutoCloseable {

    public static final String NAMESPACE_URI = "urn:acme:line1";
    public static final String NUMERIC_NAMESPACE_URI = "urn:acme:numeric";
    public static final String PATH = "/acme";
    public static final String USERNAME = "amrs-collector";
    public static final String PASSWORD = "acme-line1-secret";
    public static final int MAX_NODES_PER_READ = AcmeServerConfig.MAX_NODES_PER_READ;

    private static AcmePlc shared;

    private final AcmeSpec spec;
    private final int port;
    private final PlcMemory memory;
    private final ReadDelay readDelay = new ReadDelay();
    private final Thread stopAtExit = new Thread(this::stop, "acme-plc-stop");
    private AcmeServer server;

    /** The current raw values of a machine's GoodCount and BadCount (Float and Double truncated). */
    public record Counters(BigInteger good, BigInteger bad) {}

    private AcmePlc(AcmeSpec spec, int port) {
        this.spec = spec;
        this.port = port;
        this.memory = new PlcMemory(spec);
    }

    /** The instance of this JVM, started on first use with {@link AcmeSpec#defaultLine()}; never close it. */
    public static synchronized AcmePlc shared() {
        if (shared == null) {
            shared = start(AcmeSpec.defaultLine());
        }
        return shared;
    }

    /** A new, independent instance on a port of its own; close it when done. */
    public static AcmePlc start(AcmeSpec spec) {
        var plc = new AcmePlc(spec, FreePorts.next());
        Runtime.getRuntime().addShutdownHook(plc.stopAtExit);
        plc.start();
        return plc;
    }

    /** {@code opc.tcp://localhost:<port>/acme}. */
    public String endpointUrl() {
        return "opc.tcp://localhost:" + port + PATH;
    }

    /** The TCP port, kept across {@link #stop()}, {@link #start()} and {@link #restart()}. */
    public int port() {
        return port;
    }

    /** The machines and endpoints this instance serves. */
    public AcmeSpec spec() {
        return spec;
    }

    /** The self-signed server certificate, the same for every instance in this JVM and every restart. */
    public X509Certificate serverCertificate() {
        return AcmeCertificate.get().certificate();
    }

    /** {@link #serverCertificate()} DER-encoded, as a client keeps it in {@code pki/trusted/certs}. */
    public byte[] serverCertificateDer() {
        return AcmeCertificate.get().der();
    }

    /** A DER file of {@link #serverCertificate()}, for copying into a client's {@code pki/trusted/certs}. */
    public Path serverCertificateFile() {
        return AcmeCertificate.get().file();
    }

    /**
     * The {@code nsu=} NodeIds of a machine's variables by AMRS signal: {@code good_count},
     * {@code reject_count}, {@code state} and {@code fault_code}, in that order.
     */
    public Map<String, String> nodes(String machine) {
        return spec.nodes(machine);
    }

    /** Adds to GoodCount and BadCount, wrapping integer counters at the end of their range. */
    public void produce(String machine, long good, long bad) {
        memory.produce(machine, good, bad);
    }

    /** Sets GoodCount and BadCount to raw values, which must lie in the DataType's range. */
    public void setCounters(String machine, BigInteger good, BigInteger bad) {
        memory.setCounters(machine, good, bad);
    }

    /** {@link #setCounters(String, BigInteger, BigInteger)} for values that fit a long. */
    public void setCounters(String machine, long good, long bad) {
        memory.setCounters(machine, BigInteger.valueOf(good), BigInteger.valueOf(bad));
    }

    /** Sets MachineState, a {@link PackMlState} code; a machine starts in {@link PackMlState#EXECUTE}. */
    public void setState(String machine, int packMlState) {
        memory.setState(machine, packMlState);
    }

    /** Sets StopReason, the fault code; 0 is no fault. */
    public void setFault(String machine, int faultCode) {
        memory.setFault(machine, faultCode);
    }

    /** GoodCount and BadCount as the PLC serves them now. */
    public Counters counters(String machine) {
        return memory.counters(machine);
    }

    /** Makes every Read of the machine variables take {@code delay}, a hanging PLC; zero switches it off. */
    public void respondSlowly(Duration delay) {
        readDelay.set(delay);
    }

    /** Starts the server if it is stopped, with a new StartTime and the values it had when stopped. */
    public synchronized void start() {
        if (server == null) {
            server = AcmeServer.start(port, spec, memory, readDelay);
        }
    }

    /** Stops the server (connections are refused) and switches {@link #respondSlowly} off. */
    public synchronized void stop() {
        readDelay.set(Duration.ZERO);
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** A PLC restart on the same port: a new ServerStatus/StartTime, counters 0, state Execute, no fault. */
    public synchronized void restart() {
        stop();
        memory.reset();
        start();
    }

    /** {@code true} between {@link #start()} and {@link #stop()}. */
    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Stops this instance for good; the {@link #shared()} one refuses, it stops at JVM exit. */
    @Override
    public void close() {
        synchronized (AcmePlc.class) {
            if (this == shared) {
                throw new IllegalStateException("The shared AcmePlc stops at JVM exit; stop() it if needed");
            }
        }
        stop();
        Runtime.getRuntime().removeShutdownHook(stopAtExit);
    }
}
