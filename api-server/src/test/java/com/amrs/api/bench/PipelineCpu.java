package com.amrs.api.bench;

import com.amrs.api.support.ApiServerProcess;
import com.amrs.api.support.KafkaBroker;
import java.time.Duration;

/**
 * CPU time of every process on the way from edge to central: the edge and central api-servers, PostgreSQL
 * (both databases), the Kafka broker (a child JVM) and this JVM (what feeds the edge, and the plain limit's
 * producer and consumer).
 */
record PipelineCpu(Duration edge, Duration central, Duration postgres, Duration kafka, Duration bench) {

    static PipelineCpu now(
            ApiServerProcess edge, ApiServerProcess central, DurablePostgres postgres, KafkaBroker kafka) {
        return new PipelineCpu(
                edge.cpu(),
                central.cpu(),
                postgres.cpu(),
                kafka.process().info().totalCpuDuration().orElse(Duration.ZERO),
                ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO));
    }

    PipelineCpu since(PipelineCpu before) {
        return new PipelineCpu(
                edge.minus(before.edge),
                central.minus(before.central),
                postgres.minus(before.postgres),
                kafka.minus(before.kafka),
                bench.minus(before.bench));
    }

    /**
     * Each process's seconds and the µs per record of those that do the work: the api-servers only when
     * {@code servers} (the plain limit's records do not pass them; what they spend idle is shown, not counted).
     */
    String describe(long records, boolean servers) {
        Duration total = postgres.plus(kafka).plus(bench).plus(servers ? edge.plus(central) : Duration.ZERO);
        return ("CPU edge api-server %.1f s, central api-server %.1f s%s, PostgreSQL %.1f s, Kafka broker %.1f s,"
                        + " bench JVM %.1f s = %.0f µs per record")
                .formatted(
                        seconds(edge),
                        seconds(central),
                        servers ? "" : " (idle, not counted)",
                        seconds(postgres),
                        seconds(kafka),
                        seconds(bench),
                        total.toNanos() / 1e3 / records);
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
