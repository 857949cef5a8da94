package com.amrs.api.support.acme;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.core.Reference;
import org.eclipse.milo.opcua.sdk.core.ValueRanks;
import org.eclipse.milo.opcua.sdk.server.AddressSpaceFilter;
import org.eclipse.milo.opcua.sdk.server.ManagedAddressSpaceFragmentWithLifecycle;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.SimpleAddressSpaceFilter;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.items.MonitoredItem;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilters;
import org.eclipse.milo.opcua.sdk.server.util.SubscriptionModel;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExpandedNodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UShort;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;

/**
 * Both ACME namespaces, {@code urn:acme:line1} and {@code urn:acme:numeric}, in one fragment:
 * {@code Objects/Line1/<machine>/<variable>}, values taken from {@link PlcMemory} when read.
 */
final class AcmeAddressSpace extends ManagedAddressSpaceFragmentWithLifecycle {

    private final AcmeSpec spec;
    private final PlcMemory memory;
    private final ReadDelay readDelay;
    private final UShort lineNamespace;
    private final AddressSpaceFilter filter;
    private final SubscriptionModel subscriptionModel;

    AcmeAddressSpace(OpcUaServer server, AcmeSpec spec, PlcMemory memory, ReadDelay readDelay) {
        super(server);
        this.spec = spec;
        this.memory = memory;
        this.readDelay = readDelay;
        this.lineNamespace = server.getNamespaceTable().add(AcmePlc.NAMESPACE_URI);
        Set<UShort> namespaces =
                Set.of(lineNamespace, server.getNamespaceTable().add(AcmePlc.NUMERIC_NAMESPACE_URI));
        this.filter = SimpleAddressSpaceFilter.create(nodeId -> namespaces.contains(nodeId.getNamespaceIndex()));
        this.subscriptionModel = new SubscriptionModel(server, this);
        getLifecycleManager().addLifecycle(subscriptionModel);
        getLifecycleManager().addStartupTask(this::addNodes);
    }

    @Override
    public AddressSpaceFilter getFilter() {
        return filter;
    }

    private void addNodes() {
        UaFolderNode line = folder(new NodeId(lineNamespace, quoted(AcmeSpec.LINE)), AcmeSpec.LINE);
        line.addReference(new Reference(line.getNodeId(), NodeIds.Organizes, NodeIds.ObjectsFolder.expanded(), false));
        for (AcmeSpec.Machine machine : spec.machines()) {
            NodeId folderId = new NodeId(lineNamespace, quoted(AcmeSpec.LINE) + "." + quoted(machine.name()));
            UaFolderNode folder = folder(folderId, machine.name());
            line.addOrganizes(folder);
            for (Signal signal : Signal.values()) {
                folder.addOrganizes(variable(machine, signal));
            }
        }
    }

    private UaFolderNode folder(NodeId nodeId, String name) {
        var folder = new UaFolderNode(
                getNodeContext(), nodeId, new QualifiedName(lineNamespace, name), LocalizedText.english(name));
        getNodeManager().addNode(folder);
        return folder;
    }

    private UaVariableNode variable(AcmeSpec.Machine machine, Signal signal) {
        NodeId nodeId = ExpandedNodeId.parse(spec.nodeId(machine, signal))
                .toNodeId(getServer().getNamespaceTable())
                .orElseThrow();
        boolean counter = signal == Signal.GOOD_COUNT || signal == Signal.REJECT_COUNT;
        UaVariableNode node = new UaVariableNode.UaVariableNodeBuilder(getNodeContext())
                .setNodeId(nodeId)
                .setBrowseName(new QualifiedName(nodeId.getNamespaceIndex(), signal.browseName()))
                .setDisplayName(LocalizedText.english(signal.browseName()))
                .setDataType(counter ? machine.counterType().dataType() : NodeIds.Int32)
                .setValueRank(ValueRanks.Scalar)
                .setTypeDefinition(NodeIds.BaseDataVariableType)
                .setAccessLevel(AccessLevel.READ_ONLY)
                .setUserAccessLevel(AccessLevel.READ_ONLY)
                .build();
        Supplier<Variant> value = () -> memory.value(machine.name(), signal);
        node.getFilterChain()
                .addLast(AttributeFilters.getValue(
                        context -> new DataValue(value.get(), StatusCode.GOOD, DateTime.now())));
        getNodeManager().addNode(node);
        return node;
    }

    private static String quoted(String name) {
        return "\"" + name + "\"";
    }

    /** Every value of one Read comes from the same moment, after the delay of a hanging PLC. */
    @Override
    public List<DataValue> read(
            ReadContext context, Double maxAge, TimestampsToReturn timestamps, List<ReadValueId> readValueIds) {
        readDelay.await();
        return memory.atomically(() -> super.read(context, maxAge, timestamps, readValueIds));
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
