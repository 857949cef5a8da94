package com.amrs.api.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.amrs.api.system.AmrsProperties;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.unit.DataSize;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PingMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;

/** Writes to {@code /ws} clients: never waiting for one, in order, and dropping those that lag or die. */
@ExtendWith(OutputCaptureExtension.class)
class RawClientsTests {

    private final RawClients clients = new RawClients();
    private final CountDownLatch unstuck = new CountDownLatch(1);

    @AfterEach
    void stop() {
        unstuck.countDown();
        clients.destroy();
    }

    @Test
    void sendsToEveryClientWithoutWaitingForOneThatStoppedReading() throws Exception {
        var stuck = stuckSession("stuck");
        var healthy = new RecordingSession("healthy");
        clients.add(client(stuck, limits(Duration.ofMinutes(1), DataSize.ofMegabytes(1))), text("first"));
        clients.add(client(healthy.session, limits(Duration.ofMinutes(1), DataSize.ofMegabytes(1))), text("first"));

        long started = System.nanoTime();
        for (int i = 1; i <= 3; i++) {
            clients.sendToAll(text("update " + i));
        }

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
        await().atMost(Duration.ofSeconds(2))
                .untilAsserted(
                        () -> assertThat(healthy.texts()).containsExactly("first", "update 1", "update 2", "update 3"));
        verify(stuck, timeout(1_000)).sendMessage(any());
    }

    @Test
    void everyClientGetsTheMessagesInOrder() {
        List<RecordingSession> sessions = IntStream.range(0, 20)
                .mapToObj(i -> new RecordingSession("client-" + i))
                .toList();
        sessions.forEach(s ->
                clients.add(client(s.session, limits(Duration.ofMinutes(1), DataSize.ofMegabytes(1))), text("0")));

        List<String> expected =
                IntStream.rangeClosed(0, 200).mapToObj(String::valueOf).toList();
        expected.stream().skip(1).forEach(i -> clients.sendToAll(text(i)));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(sessions)
                        .allSatisfy(s -> assertThat(s.texts()).isEqualTo(expected)));
    }

    @Test
    void dropsAndLogsOnceAClientWhoseQueueOutgrowsTheBufferLimit(CapturedOutput output) throws Exception {
        var stuck = stuckSession("lagging");
        clients.add(client(stuck, limits(Duration.ofMinutes(1), DataSize.ofBytes(1_000))), text("first"));

        for (int i = 0; i < 5; i++) {
            clients.sendToAll(text("x".repeat(600)));
        }

        verify(stuck, timeout(2_000)).close(CloseStatus.SESSION_NOT_RELIABLE);
        await().untilAsserted(() -> assertThat(clients.size()).isZero());
        assertThat(output.getOut()).containsOnlyOnce("Dropping live client lagging of /ws: it lags too far behind");
    }

    @Test
    void dropsAClientWhoseWriteTakesLongerThanTheSendTimeLimit() throws Exception {
        var stuck = stuckSession("slow");
        clients.add(client(stuck, limits(Duration.ofMillis(100), DataSize.ofMegabytes(1))), text("first"));
        verify(stuck, timeout(1_000)).sendMessage(any());

        await().pollDelay(Duration.ofMillis(150)).until(() -> true);
        clients.sendToAll(text("late"));

        verify(stuck, timeout(2_000)).close(CloseStatus.SESSION_NOT_RELIABLE);
        assertThat(clients.size()).isZero();
    }

    @Test
    void dropsAClientThatLeavesTwoPingsUnanswered() throws Exception {
        var answering = new RecordingSession("answering");
        var silent = new RecordingSession("silent");
        var limits = limits(Duration.ofMinutes(1), DataSize.ofMegabytes(1));
        clients.add(client(answering.session, limits), text("first"));
        clients.add(client(silent.session, limits), text("first"));

        for (int round = 1; round <= 3; round++) {
            clients.ping();
            int pings = round;
            await().untilAsserted(() -> assertThat(answering.pings()).isEqualTo(pings));
            clients.ponged("answering");
        }

        verify(silent.session, timeout(2_000)).close(CloseStatus.SESSION_NOT_RELIABLE);
        assertThat(silent.pings()).isEqualTo(2);
        assertThat(clients.size()).isOne();
    }

    private WebSocketSession stuckSession(String id) throws Exception {
        WebSocketSession session = mock(WebSocketSession.class);
        when(session.getId()).thenReturn(id);
        when(session.isOpen()).thenReturn(true);
        doAnswer(invocation -> {
                    try {
                        unstuck.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return null;
                })
                .when(session)
                .sendMessage(any());
        return session;
    }

    /** A session that takes every message at once. */
    private static final class RecordingSession {

        final WebSocketSession session = mock(WebSocketSession.class);
        final List<WebSocketMessage<?>> sent = new CopyOnWriteArrayList<>();

        RecordingSession(String id) {
            when(session.getId()).thenReturn(id);
            when(session.isOpen()).thenReturn(true);
            try {
                doAnswer(invocation -> sent.add(invocation.getArgument(0)))
                        .when(session)
                        .sendMessage(any());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        List<String> texts() {
            return sent.stream()
                    .filter(TextMessage.class::isInstance)
                    .map(message -> ((TextMessage) message).getPayload())
                    .toList();
        }

        long pings() {
            return sent.stream().filter(PingMessage.class::isInstance).count();
        }
    }

    private static RawClient client(WebSocketSession session, AmrsProperties.Live limits) {
        return new RawClient(session, limits);
    }

    private static AmrsProperties.Live limits(Duration sendTimeLimit, DataSize bufferLimit) {
        return new AmrsProperties.Live(sendTimeLimit, bufferLimit, Duration.ofSeconds(20), Duration.ofSeconds(10));
    }

    private static TextMessage text(String payload) {
        return new TextMessage(payload);
    }
}
