import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;

/**
 * Benchmark load for the PLC simulator, one OPC-UA session:
 *
 * <ul>
 *   <li>{@code subscribe}: monitors the TotalCount of every machine, sampled once per tick;
 *   <li>{@code poll}: reads all six variables of every machine in one Read every 5 s, like the
 *       api-server's collector.
 * </ul>
 *
 * <p>java -cp 'lib/*' bench/SimulatorLoad.java subscribe|poll URL MACHINES TICK_MS
 */
public class SimulatorLoad {

    private static final List<String> VARIABLES = List.of(
            "State", "TotalCount", "RejectCount", "DowntimeSeconds", "IdealCycleTimeSeconds", "FaultCode");

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int machines = Integer.parseInt(args[2]);
        double tickMs = Double.parseDouble(args[3]);
        OpcUaClient client = OpcUaClient.create(args[1]);
        client.connect();
        int namespace = client.readNamespaceTable().getIndex("urn:amrs:plc-simulator").intValue();
        var values = new LongAdder();
        long start = System.nanoTime();
        if (mode.equals("subscribe")) {
            subscribe(client, namespace, machines, tickMs, values);
        }
        while (true) {
            if (mode.equals("poll")) {
                poll(client, namespace, machines, values);
            }
            Thread.sleep(Duration.ofSeconds(5));
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%s %.0f s: %d values (%.0f/s)%n", mode, seconds, values.sum(), values.sum() / seconds);
        }
    }

    private static void subscribe(OpcUaClient client, int namespace, int machines, double tickMs, LongAdder values)
            throws Exception {
        var subscription = new OpcUaSubscription(client, tickMs);
        subscription.create();
        var items = new ArrayList<OpcUaMonitoredItem>();
        for (int number = 1; number <= machines; number++) {
            var item = OpcUaMonitoredItem.newDataItem(new NodeId(namespace, "OPC-UA-M" + number + ".TotalCount"));
            item.setSamplingInterval(tickMs);
            item.setDataValueListener((monitored, value) -> values.increment());
            items.add(item);
        }
        subscription.addMonitoredItems(items);
        subscription.synchronizeMonitoredItems();
    }

    private static void poll(OpcUaClient client, int namespace, int machines, LongAdder values) throws Exception {
        var nodeIds = new ArrayList<NodeId>();
        for (int number = 1; number <= machines; number++) {
            for (String variable : VARIABLES) {
                nodeIds.add(new NodeId(namespace, "OPC-UA-M" + number + "." + variable));
            }
        }
        values.add(client.readValues(0, TimestampsToReturn.Both, nodeIds).size());
    }
}
