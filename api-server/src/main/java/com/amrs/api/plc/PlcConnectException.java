package com.amrs.api.plc;

/** Why a PLC could not be read, as the state health shows and a sentence a plant engineer can act on. */
public class PlcConnectException extends Exception {

    private final PlcState state;

    public PlcConnectException(PlcState state, String message, Throwable cause) {
        super(message, cause);
        this.state = state;
    }

    public PlcState state() {
        return state;
    }
}
