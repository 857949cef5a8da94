package com.amrs.api.support.acme;

import static com.amrs.api.support.acme.AcmeSpec.machine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.ushort;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AcmePlcLifecycleTests {

    private AcmePlc plc;
    private String goodCount;

    @BeforeEach
    void start() {
        plc = AcmePlc.start(AcmeSpec.of(machine("Filler1", NodeIdStyle.QUOTED, CounterType.UInt16)));
        goodCount = plc.nodes("Filler1").get("good_count");
    }

    @AfterEach
    void close() {
        plc.close();
    }

    @Test
    void restartZeroesTheCountersUnderANewStartTime() throws Exception {
        plc.produce("Filler1", 5, 1);
        plc.setState("Filler1", PackMlState.HELD);
        Instant firstStart;
        try (var client = AcmeTestClient.anonymous(plc)) {
            firstStart = client.startTime();
        }

        plc.restart();

        try (var client = AcmeTestClient.anonymous(plc)) {
            assertThat(client.startTime()).isAfter(firstStart);
            assertThat(client.value(goodCount)).isEqualTo(ushort(0));
            assertThat(client.value(plc.nodes("Filler1").get("state"))).isEqualTo(PackMlState.EXECUTE);
        }
        assertThat(plc.counters("Filler1")).isEqualTo(new AcmePlc.Counters(BigInteger.ZERO, BigInteger.ZERO));
    }

    @Test
    void refusesConnectionsWhileStoppedAndKeepsItsCounters() throws Exception {
        plc.produce("Filler1", 7, 0);

        plc.stop();

        assertThat(plc.isRunning()).isFalse();
        assertThatThrownBy(() -> AcmeTestClient.anonymous(plc))
                .isInstanceOfSatisfying(
                        UaException.class,
                        e -> assertThat(e.getStatusCode().value()).isEqualTo(StatusCodes.Bad_ConnectionRejected));
        plc.start();
        try (var client = AcmeTestClient.anonymous(plc)) {
            assertThat(client.value(goodCount)).isEqualTo(ushort(7));
        }
    }

    @Test
    void respondSlowlyHoldsEveryReadOfTheMachinesUntilSwitchedOff() throws Exception {
        try (var client = AcmeTestClient.anonymous(plc)) {
            plc.respondSlowly(Duration.ofMillis(700));
            long started = System.nanoTime();
            client.value(goodCount);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(700));

            plc.respondSlowly(Duration.ofMinutes(1));
            CompletableFuture<List<DataValue>> hanging =
                    client.client().readValuesAsync(0.0, TimestampsToReturn.Both, List.of(client.nodeId(goodCount)));
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> !hanging.isDone());

            plc.respondSlowly(Duration.ZERO);

            assertThat(hanging).succeedsWithin(Duration.ofSeconds(5));
        }
    }
}
