package com.amrs.api.support.acme;

/** PackML state codes (ISA-TR88.00.02) for {@link AcmePlc#setState}. */
public final class PackMlState {

    public static final int CLEARING = 1;
    public static final int STOPPED = 2;
    public static final int STARTING = 3;
    public static final int IDLE = 4;
    public static final int SUSPENDED = 5;
    public static final int EXECUTE = 6;
    public static final int STOPPING = 7;
    public static final int ABORTING = 8;
    public static final int ABORTED = 9;
    public static final int HOLDING = 10;
    public static final int HELD = 11;
    public static final int UNHOLDING = 12;
    public static final int SUSPENDING = 13;
    public static final int UNSUSPENDING = 14;
    public static final int RESETTING = 15;
    public static final int COMPLETING = 16;
    public static final int COMPLETE = 17;

    private PackMlState() {}
}
