package com.amrs.api.support;

import com.amrs.simulator.config.MachineCatalogueProperties;
import com.amrs.simulator.config.SimulatorProperties;
import com.amrs.simulator.machine.Machine;
import com.amrs.simulator.machine.MachineFleet;
import com.amrs.testsupport.FreePorts;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.Lifecycle;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * The real PLC simulator (plc-simulator's machine fleet and Milo OPC-UA server) in this JVM on a
 * free port, ticking every 200 ms. Tests can pause the ticking to read stable counters or to tick the
 * fleet themselves ({@link SimulatedTime}), and stop and start the server (a PLC restart: counters start
 * again from zero).
 */
public final class TestPlc {

    public static final int MACHINES = 3;
    public static final int TICK_MS = 200;
    /** The simulator's seed: a fleet built with it and ticked as often as this one is in the same state. */
    public static final long SEED = 42;

    private static int port;
    private static AnnotationConfigApplicationContext context;

    private TestPlc() {}

    public static synchronized String endpointUrl() {
        start();
        return "opc.tcp://localhost:" + port + "/freeopcua/server/";
    }

    public static synchronized void start() {
        if (context != null) {
            return;
        }
        if (port == 0) {
            port = FreePorts.next();
            Runtime.getRuntime().addShutdownHook(new Thread(TestPlc::stop));
        }
        context = simulator(port, new SimulatorProperties.Security(null, null, null));
    }

    /**
     * Another simulator, in its secured mode (Basic256Sha256 SignAndEncrypt, username login) on a free
     * port, its certificate in {@code pkiDir}; closing the context stops it.
     */
    public static AnnotationConfigApplicationContext startSecured(
            int port, String username, String password, Path pkiDir) {
        return simulator(port, new SimulatorProperties.Security(username, password, pkiDir));
    }

    public static String endpointUrl(AnnotationConfigApplicationContext simulator) {
        return "opc.tcp://localhost:"
                + simulator.getBean(SimulatorProperties.class).port() + "/freeopcua/server/";
    }

    private static AnnotationConfigApplicationContext simulator(int port, SimulatorProperties.Security security) {
        var started = new AnnotationConfigApplicationContext();
        started.registerBean(
                SimulatorProperties.class,
                () -> new SimulatorProperties(port, MACHINES, TICK_MS, SEED, List.of(), security));
        started.registerBean(MachineCatalogueProperties.class, () -> new MachineCatalogueProperties(List.of()));
        started.registerBean(Clock.class, Clock::systemUTC);
        started.scan("com.amrs.simulator.machine", "com.amrs.simulator.opcua");
        started.refresh();
        return started;
    }

    /** Stops the OPC-UA server and the simulation: the PLC is gone. */
    public static synchronized void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    /** Stops and starts again on the same port: counters restart from zero. */
    public static synchronized void restart() {
        stop();
        start();
    }

    public static synchronized void pauseTicking() {
        Lifecycle ticker = context.getBean("fleetTicker", Lifecycle.class);
        if (ticker.isRunning()) {
            ticker.stop();
        }
    }

    public static synchronized void resumeTicking() {
        Lifecycle ticker = context.getBean("fleetTicker", Lifecycle.class);
        if (!ticker.isRunning()) {
            ticker.start();
        }
    }

    /**
     * The running simulator's machines. With the ticking paused a test moves simulated time on itself
     * ({@link MachineFleet#tick()}), say to the next stop instead of waiting minutes for it.
     */
    public static synchronized MachineFleet fleet() {
        return context.getBean(MachineFleet.class);
    }

    /** Every machine's TotalCount as the PLC serves it now. */
    public static synchronized Map<String, Long> totalCounts() {
        MachineFleet fleet = context.getBean(MachineFleet.class);
        return fleet.read(() -> fleet.machines().stream().collect(Collectors.toMap(Machine::id, Machine::totalCount)));
    }
}
