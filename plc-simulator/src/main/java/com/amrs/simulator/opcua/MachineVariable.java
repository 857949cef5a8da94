package com.amrs.simulator.opcua;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.ulong;

import com.amrs.simulator.machine.Machine;
import java.util.function.Function;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;

/** The six variables every machine object carries, with their OPC-UA data types. */
enum MachineVariable {
    STATE("State", NodeIds.String, machine -> Variant.ofString(machine.state().name())),
    TOTAL_COUNT("TotalCount", NodeIds.UInt64, machine -> Variant.ofUInt64(ulong(machine.totalCount()))),
    REJECT_COUNT("RejectCount", NodeIds.UInt64, machine -> Variant.ofUInt64(ulong(machine.rejectCount()))),
    DOWNTIME_SECONDS("DowntimeSeconds", NodeIds.Double, machine -> Variant.ofDouble(machine.downtimeSeconds())),
    IDEAL_CYCLE_TIME_SECONDS(
            "IdealCycleTimeSeconds", NodeIds.Double, machine -> Variant.ofDouble(machine.idealCycleTimeSeconds())),
    FAULT_CODE("FaultCode", NodeIds.Int32, machine -> Variant.ofInt32(machine.faultCode()));

    private final String browseName;
    private final NodeId dataType;
    private final Function<Machine, Variant> value;

    MachineVariable(String browseName, NodeId dataType, Function<Machine, Variant> value) {
        this.browseName = browseName;
        this.dataType = dataType;
        this.value = value;
    }

    String browseName() {
        return browseName;
    }

    NodeId dataType() {
        return dataType;
    }

    /** The string part of the variable's NodeId, e.g. {@code OPC-UA-M1.TotalCount}. */
    String identifier(String machineId) {
        return machineId + "." + browseName;
    }

    Variant valueOf(Machine machine) {
        return value.apply(machine);
    }
}
