package com.amrs.api.collector;

import org.springframework.stereotype.Component;

/** Whether the latest attempt to read the PLC succeeded (for {@code /api/health}). */
@Component
public class PlcConnectionState {

    private volatile boolean connected;

    public boolean connected() {
        return connected;
    }

    void connected(boolean connected) {
        this.connected = connected;
    }
}
