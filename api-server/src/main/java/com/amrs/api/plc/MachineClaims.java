package com.amrs.api.plc;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which PLC each machine id belongs to. The tag map's ids are checked at start-up; a discovered PLC
 * claims its machines when it connects, and one whose machines another PLC has already is refused
 * rather than mixed into that machine's records.
 */
public final class MachineClaims {

    private final Map<String, String> owners = new ConcurrentHashMap<>();

    /** Claims every machine for {@code plc}, or none of them: throws naming the ids another PLC has. */
    public synchronized void claim(String plc, List<String> machineIds) throws PlcConnectException {
        List<String> taken = machineIds.stream()
                .filter(id -> !plc.equals(owners.getOrDefault(id, plc)))
                .toList();
        if (!taken.isEmpty()) {
            throw new PlcConnectException(
                    PlcState.MISCONFIGURED,
                    "machine id(s) " + taken.subList(0, Math.min(5, taken.size())) + (taken.size() > 5 ? " …" : "")
                            + " belong to PLC " + owners.get(taken.getFirst()) + " already; give each PLC's machines"
                            + " their own ids in the tag map",
                    null);
        }
        machineIds.forEach(id -> owners.put(id, plc));
    }
}
