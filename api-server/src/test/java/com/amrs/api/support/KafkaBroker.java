package com.amrs.api.support;

import com.amrs.testsupport.ChildProcess;
import com.amrs.testsupport.FreePorts;
import com.amrs.testsupport.JavaCommand;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.springframework.util.FileSystemUtils;

/**
 * A real single-node Kafka broker (KRaft, combined broker + controller) running in a child JVM,
 * so a test can SIGKILL it and start it again on the same port with the same data directory.
 * Topics are given as {@code "name"} (4 partitions) or {@code "name:partitions"}.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Path dir;

    private final int port;

    private final ChildProcess broker;

    private final Thread closeOnJvmExit = new Thread(this::close, "kafka-broker-close");

    private KafkaBroker(Path dir, int port) {
        this.dir = dir;
        this.port = port;
        this.broker = new ChildProcess(
                "kafka-broker",
                java(KafkaBroker.class.getName(), file("server.properties").toString()),
                Map.of(),
                dir,
                file("broker.log"));
        Runtime.getRuntime().addShutdownHook(this.closeOnJvmExit);
    }

    public static KafkaBroker start(String... topics) {
        int[] ports = FreePorts.next(2);
        KafkaBroker broker = new KafkaBroker(unchecked(() -> Files.createTempDirectory("kafka-broker-")), ports[0]);
        try {
            broker.writeProperties(ports[1]);
            broker.format();
            broker.restart();
            broker.createTopics(topics);
            return broker;
        } catch (RuntimeException | Error ex) {
            broker.close();
            throw ex;
        }
    }

    public String bootstrapServers() {
        return "localhost:" + this.port;
    }

    /** The broker's process, as it runs now (a restart starts another). */
    public ProcessHandle process() {
        if (!this.broker.alive()) {
            throw new IllegalStateException("Kafka broker is not running");
        }
        return this.broker.handle();
    }

    /** SIGKILL: no clean shutdown, like a crashed or OOM-killed broker. */
    public void kill() {
        this.broker.kill();
    }

    /** Starts the killed broker again: same port, same data, no re-format. */
    public void restart() {
        if (this.broker.alive()) {
            throw new IllegalStateException("Kafka broker is still running");
        }
        this.broker.start();
        awaitReady();
    }

    @Override
    public void close() {
        kill();
        try {
            Runtime.getRuntime().removeShutdownHook(this.closeOnJvmExit);
        } catch (IllegalStateException jvmIsExiting) {
            // we are the hook
        }
        unchecked(() -> FileSystemUtils.deleteRecursively(this.dir));
    }

    /**
     * Entry point of the child JVM: runs {@code kafka.Kafka}, but halts once the parent JVM is gone
     * (our stdin pipe reaches EOF), so even a SIGKILLed test JVM leaves no orphan broker behind.
     */
    public static void main(String[] args) {
        Thread.ofPlatform().daemon().name("parent-watchdog").start(() -> {
            try {
                unchecked(() -> System.in.transferTo(OutputStream.nullOutputStream()));
            } finally {
                Runtime.getRuntime().halt(1);
            }
        });
        kafka.Kafka.main(args);
    }

    private void writeProperties(int controllerPort) {
        // broker.session.timeout.ms: after a SIGKILL the controller rejects the restarted broker with
        // DUPLICATE_BROKER_REGISTRATION until the old session expires (default 9 s).
        String properties = """
				process.roles=broker,controller
				node.id=1
				controller.quorum.voters=1@localhost:%2$d
				controller.listener.names=CONTROLLER
				listeners=PLAINTEXT://localhost:%1$d,CONTROLLER://localhost:%2$d
				advertised.listeners=PLAINTEXT://localhost:%1$d
				listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
				inter.broker.listener.name=PLAINTEXT
				log.dirs=%3$s
				num.partitions=4
				offsets.topic.replication.factor=1
				transaction.state.log.replication.factor=1
				transaction.state.log.min.isr=1
				group.initial.rebalance.delay.ms=0
				broker.heartbeat.interval.ms=500
				broker.session.timeout.ms=3000
				""".formatted(this.port, controllerPort, file("data"));
        unchecked(() -> Files.writeString(file("server.properties"), properties));
    }

    private void format() {
        var format = new ChildProcess(
                "kafka-storage-format",
                java(
                        "kafka.tools.StorageTool",
                        "format",
                        "-t",
                        Uuid.randomUuid().toString(),
                        "-c",
                        file("server.properties").toString()),
                Map.of(),
                this.dir,
                file("format.log"));
        if (format.start().awaitExit(TIMEOUT) != 0) {
            throw new IllegalStateException("Formatting the Kafka storage failed\n" + format.logTail());
        }
    }

    /** C1 only: the broker starts ~25% faster, and tests never run it long enough to need C2. */
    private static List<String> java(String mainClass, String... args) {
        return JavaCommand.mainClass(
                System.getProperty("java.class.path"),
                mainClass,
                List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),
                args);
    }

    private void awaitReady() {
        try (Admin admin = admin()) {
            this.broker.awaitReady(TIMEOUT, () -> answers(admin));
        }
    }

    private static boolean answers(Admin admin) {
        try {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs(1000))
                    .nodes()
                    .get();
            return true;
        } catch (ExecutionException notYet) {
            return false;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private void createTopics(String... topics) {
        List<NewTopic> newTopics = Arrays.stream(topics)
                .map((topic) -> {
                    String[] nameAndPartitions = topic.split(":");
                    int partitions = (nameAndPartitions.length > 1) ? Integer.parseInt(nameAndPartitions[1]) : 4;
                    return new NewTopic(nameAndPartitions[0], partitions, (short) 1);
                })
                .toList();
        try (Admin admin = admin()) {
            unchecked(() -> admin.createTopics(newTopics).all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers(),
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG,
                200,
                AdminClientConfig.RETRY_BACKOFF_MAX_MS_CONFIG,
                200));
    }

    private Path file(String name) {
        return this.dir.resolve(name);
    }

    private interface Call<T> {

        T call() throws Exception;
    }

    private static <T> T unchecked(Call<T> call) {
        try {
            return call.call();
        } catch (RuntimeException ex) {
            throw ex;
        } catch (Exception ex) {
            if (ex instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException(ex);
        }
    }
}
