package com.amrs.simulator.opcua;

import com.amrs.simulator.machine.Machine;
import com.amrs.simulator.machine.MachineFleet;
import java.util.List;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.core.Reference;
import org.eclipse.milo.opcua.sdk.core.ValueRanks;
import org.eclipse.milo.opcua.sdk.server.ManagedNamespaceWithLifecycle;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.items.MonitoredItem;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaObjectNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilters;
import org.eclipse.milo.opcua.sdk.server.util.SubscriptionModel;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;

/**
 * {@code Objects/Plant/<machine id>/<variable>}: values are computed from the machine when read,
 * so ticks cost nothing here, and subscriptions are served by sampling those reads.
 */
final class PlantNamespace extends ManagedNamespaceWithLifecycle {

    static final String URI = "urn:amrs:plc-simulator";

    private final MachineFleet fleet;
    private final SubscriptionModel subscriptionModel;

    PlantNamespace(OpcUaServer server, MachineFleet fleet) {
        super(server, URI);
        this.fleet = fleet;
        this.subscriptionModel = new SubscriptionModel(server, this);
        getLifecycleManager().addLifecycle(subscriptionModel);
        getLifecycleManager().addStartupTask(this::addNodes);
    }

    private void addNodes() {
        var plant = new UaFolderNode(
                getNodeContext(), newNodeId("Plant"), newQualifiedName("Plant"), LocalizedText.english("Plant"));
        getNodeManager().addNode(plant);
        plant.addReference(
                new Reference(plant.getNodeId(), NodeIds.Organizes, NodeIds.ObjectsFolder.expanded(), false));
        fleet.machines().forEach(machine -> addMachine(plant, machine));
    }

    private void addMachine(UaFolderNode plant, Machine machine) {
        UaObjectNode object = new UaObjectNode.UaObjectNodeBuilder(getNodeContext())
                .setNodeId(newNodeId(machine.id()))
                .setBrowseName(newQualifiedName(machine.id()))
                .setDisplayName(LocalizedText.english(machine.id()))
                .setTypeDefinition(NodeIds.BaseObjectType)
                .build();
        getNodeManager().addNode(object);
        plant.addOrganizes(object);
        for (MachineVariable variable : MachineVariable.values()) {
            object.addComponent(addVariable(machine, variable));
        }
    }

    private UaVariableNode addVariable(Machine machine, MachineVariable variable) {
        UaVariableNode node = new UaVariableNode.UaVariableNodeBuilder(getNodeContext())
                .setNodeId(newNodeId(variable.identifier(machine.id())))
                .setBrowseName(newQualifiedName(variable.browseName()))
                .setDisplayName(LocalizedText.english(variable.browseName()))
                .setDataType(variable.dataType())
                .setValueRank(ValueRanks.Scalar)
                .setTypeDefinition(NodeIds.BaseDataVariableType)
                .setAccessLevel(AccessLevel.READ_ONLY)
                .setUserAccessLevel(AccessLevel.READ_ONLY)
                .setMinimumSamplingInterval((double) fleet.tickLength().toMillis())
                .build();
        node.getFilterChain().addLast(AttributeFilters.getValue(context -> currentValue(machine, variable)));
        getNodeManager().addNode(node);
        return node;
    }

    private DataValue currentValue(Machine machine, MachineVariable variable) {
        return new DataValue(variable.valueOf(machine), StatusCode.GOOD, new DateTime(fleet.lastTick()));
    }

    /** One Read request sees all machines as of the same tick (so RejectCount never exceeds TotalCount). */
    @Override
    public List<DataValue> read(
            ReadContext context, Double maxAge, TimestampsToReturn timestamps, List<ReadValueId> readValueIds) {
        return fleet.read(() -> super.read(context, maxAge, timestamps, readValueIds));
    }

    @Override
    public void onDataItemsCreated(List<DataItem> dataItems) {
        subscriptionModel.onDataItemsCreated(dataItems);
    }

    @Override
    public void onDataItemsModified(List<DataItem> dataItems) {
        subscriptionModel.onDataItemsModified(dataItems);
    }

    @Override
    public void onDataItemsDeleted(List<DataItem> dataItems) {
        subscriptionModel.onDataItemsDeleted(dataItems);
    }

    @Override
    public void onMonitoringModeChanged(List<MonitoredItem> monitoredItems) {
        subscriptionModel.onMonitoringModeChanged(monitoredItems);
    }
}
