package com.amrs.launcher.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.amrs.launcher.settings.Home;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The supervisor's rule for one service, on real processes: a crash after it was ready restarts it with a
 * doubling backoff; a deliberate stop (SIGTERM) and a failure before it was ever ready leave it stopped.
 */
class SupervisedTests {

    private static final Instant T0 = Instant.parse("2026-12-08T08:00:00Z");

    @TempDir
    Path root;

    private Supervised service;

    @AfterEach
    void stopIt() {
        if (service != null) {
            service.stop();
        }
    }

    @Test
    void aServiceThatCrashesAfterItWasReadyIsStartedAgainAfterABackoffThatDoubles() throws Exception {
        service = supervised(List.of("sleep", "600"), () -> true);
        long first = startAndReady();

        ProcessHandle.of(first).orElseThrow().destroyForcibly();
        tickUntilTheExitIsSeen(T0.plusSeconds(10));

        assertThat(state()).isEqualTo("restarting in 1 s after exit 137");
        assertThat(log()).contains("svc crashed (exit 137); restarts in 1 s");
        service.tick(T0.plusMillis(10_500), true);
        assertThat(pid()).as("not before the backoff ran out").isEqualTo(first);

        service.tick(T0.plusSeconds(11), true);
        long second = pid();
        assertThat(second).isNotEqualTo(first);
        assertThat(ProcessHandle.of(second))
                .hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());
        assertThat(log()).contains("restarts svc");

        ProcessHandle.of(second).orElseThrow().destroyForcibly();
        tickUntilTheExitIsSeen(T0.plusSeconds(12));
        assertThat(state())
                .as("crashed again before it was ready: twice the wait")
                .isEqualTo("restarting in 2 s after exit 137");
    }

    @Test
    void aServiceStoppedWithSigtermStaysStopped() throws Exception {
        service = supervised(List.of("sleep", "600"), () -> true);
        long pid = startAndReady();

        ProcessHandle.of(pid).orElseThrow().destroy();
        tickUntilTheExitIsSeen(T0.plusSeconds(10));
        service.tick(T0.plusSeconds(120), true);

        assertThat(state()).isEqualTo("stopped exit 143");
        assertThat(pid()).isEqualTo(pid);
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();

        service.startAgainIfStopped();
        assertThat(pid()).as("up starts it again").isNotEqualTo(pid);
    }

    @Test
    void aServiceThatFailsBeforeItIsReadyIsNotRestarted() throws Exception {
        service = supervised(List.of("sh", "-c", "echo bad setting; exit 3"), () -> false);
        service.tick(T0, true);
        long pid = pid();

        tickUntilTheExitIsSeen(T0.plusSeconds(1));
        service.tick(T0.plusSeconds(100), true);

        assertThat(state()).isEqualTo("failed during start-up, exit 3");
        assertThat(pid()).isEqualTo(pid);
        assertThat(log()).contains("bad setting").contains("svc failed during start-up (exit 3), not restarted");
    }

    @Test
    void aServiceWaitsForWhatItDependsOn() {
        service = supervised(List.of("sleep", "600"), () -> true);

        service.tick(T0, false);

        assertThat(Files.exists(home().pidFile("svc"))).isFalse();
    }

    private long startAndReady() throws Exception {
        service.tick(T0, true);
        service.tick(T0.plusSeconds(1), true);
        assertThat(state()).isEqualTo("running");
        return pid();
    }

    private Supervised supervised(List<String> command, BooleanSupplier ready) {
        return new Supervised(new ServiceSpec("svc", command, 0, ready, false), home(), Map.of());
    }

    private Home home() {
        return Home.of(root, root.resolve("state").toString());
    }

    private long pid() throws Exception {
        return Long.parseLong(Files.readString(home().pidFile("svc")).strip());
    }

    private String state() {
        ServiceState state = ServiceState.read(home(), "svc").orElseThrow();
        return (state.word() + " " + state.detail()).strip();
    }

    private String log() throws Exception {
        return Files.readString(home().log("svc"));
    }

    /** The supervisor looks every half second; here the test looks until it has seen the exit. */
    private void tickUntilTheExitIsSeen(Instant now) {
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            service.tick(now, true);
            return !state().equals("running") && !state().equals("starting");
        });
    }
}
