package com.amrs.launcher.postgres;

import com.amrs.launcher.process.Backoff;
import com.amrs.launcher.process.Database;
import com.amrs.launcher.process.Processes;
import com.amrs.launcher.process.ServiceName;
import com.amrs.launcher.settings.Home;
import java.time.Duration;
import java.time.Instant;

/** Keeps the embedded PostgreSQL running: a postmaster that died is started again, with backoff. */
public final class PostgresWatch implements Database {

    private final Home home;
    private final PostgresCluster cluster;
    private final int port;
    private final Backoff backoff = new Backoff();
    private Instant nextTry = Instant.MIN;

    public PostgresWatch(Home home, PostgresCluster cluster, int port) {
        this.home = home;
        this.cluster = cluster;
        this.port = port;
    }

    @Override
    public boolean running() {
        return Processes.of(home, ServiceName.POSTGRES).isPresent();
    }

    @Override
    public void tick(Instant now) {
        if (running() || now.isBefore(nextTry)) {
            return;
        }
        System.out.println("PostgreSQL is not running: starting it again");
        try {
            cluster.start(port);
            backoff.reset();
        } catch (RuntimeException e) {
            Duration wait = backoff.take();
            System.out.println(
                    "PostgreSQL did not start (" + e.getMessage() + "); next try in " + wait.toSeconds() + " s");
            nextTry = now.plus(wait);
        }
    }

    @Override
    public void stop() {
        Processes.of(home, ServiceName.POSTGRES).ifPresent(postmaster -> {
            if (!cluster.stop() || !Processes.await(postmaster, Duration.ofSeconds(10))) {
                Processes.stop(postmaster, ServiceName.POSTGRES);
            }
        });
    }
}
