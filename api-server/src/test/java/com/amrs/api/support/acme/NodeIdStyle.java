package com.amrs.api.support.acme;

/** How the NodeIds of a machine's variables are spelled; {@link AcmePlc#nodes} gives them all. */
public enum NodeIdStyle {
    /** Siemens S7 style: {@code nsu=urn:acme:line1;s="Line1"."Filler1"."GoodCount"}. */
    QUOTED,
    /**
     * Numbers in a namespace of their own: {@code nsu=urn:acme:numeric;i=<base>} to {@code i=<base + 3>}
     * for GoodCount, BadCount, MachineState and StopReason, where base is 1000 times the machine's
     * position (from 1) in its {@link AcmeSpec}.
     */
    NUMERIC,
    /** Kepware style: {@code nsu=urn:acme:line1;s=Channel1.Filler1.GoodCount}. */
    KEPWARE;

    String nodeId(String machine, int numericBase, Signal signal) {
        return switch (this) {
            case QUOTED ->
                "nsu=%s;s=\"%s\".\"%s\".\"%s\""
                        .formatted(AcmePlc.NAMESPACE_URI, AcmeSpec.LINE, machine, signal.browseName());
            case NUMERIC -> "nsu=%s;i=%d".formatted(AcmePlc.NUMERIC_NAMESPACE_URI, numericBase + signal.ordinal());
            case KEPWARE -> "nsu=%s;s=Channel1.%s.%s".formatted(AcmePlc.NAMESPACE_URI, machine, signal.browseName());
        };
    }
}
