package com.amrs.launcher.process;

import java.time.Instant;

/** The database the services need: kept running by the supervisor, stopped last. */
public interface Database {

    boolean running();

    /** One look: started again if it died. */
    void tick(Instant now);

    void stop();
}
