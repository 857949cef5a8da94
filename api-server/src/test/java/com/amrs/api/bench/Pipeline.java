package com.amrs.api.bench;

import com.amrs.api.production.NewRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A way from an edge to a central database over Kafka, as {@link EdgeToCentralBenchmark} drives and times it. */
interface Pipeline {

    /** Hands one poll of records to the edge end, each with the time it entered as {@code created_at}. */
    void send(List<NewRecord> poll);

    /** After the last {@link #send}: waits until the edge end has given everything to its Kafka client. */
    void sent();

    /** Whether Kafka has acknowledged everything sent so far. */
    boolean inKafka();

    /** Records the central database holds (committed) so far. */
    long arrived();

    /** Central arrival − edge entry of each record recorded from {@code from} through {@code to}. */
    List<Duration> lags(Instant from, Instant to);
}
