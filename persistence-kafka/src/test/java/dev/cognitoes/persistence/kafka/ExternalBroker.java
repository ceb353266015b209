package dev.cognitoes.persistence.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A single-node KRaft broker in a process of its own, from the broker jars on the test class path, that a test can
 * stop and start again on the same port and data; {@link #addBroker()} adds a broker-only node to its cluster.
 */
final class ExternalBroker implements AutoCloseable {

    private static final List<String> JVM = List.of("-Xmx512m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");

    private final Path directory;
    private final Path properties;
    private final int nodeId;
    private final int port;
    private final int controllerPort;
    private final String clusterId;
    private Process process;
    private int starts;

    private ExternalBroker(Path directory, int nodeId, int port, int controllerPort, String clusterId) {
        this.directory = directory;
        this.nodeId = nodeId;
        this.port = port;
        this.controllerPort = controllerPort;
        this.clusterId = clusterId;
        this.properties = directory.resolve("server.properties");
        boolean controller = nodeId == 1;
        String config = String.join("\n",
                "process.roles=" + (controller ? "broker,controller" : "broker"),
                "node.id=" + nodeId,
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port
                        + (controller ? ",CONTROLLER://127.0.0.1:" + controllerPort : ""),
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + directory.resolve("data"),
                "num.partitions=1",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0", "");
        try {
            Files.createDirectories(directory);
            Files.writeString(properties, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Formats a new broker's storage in {@code target/broker/<random>} and starts it. */
    static ExternalBroker start() {
        ExternalBroker broker = new ExternalBroker(
                Path.of("target", "broker", UUID.randomUUID().toString()).toAbsolutePath(), 1, freePort(), freePort(),
                Uuid.randomUuid().toString());
        broker.format();
        broker.startAgain();
        return broker;
    }

    /** Formats and starts a broker-only node 2 in this broker's cluster, its data beside this one's. */
    ExternalBroker addBroker() {
        ExternalBroker broker = new ExternalBroker(directory.resolve("node-2"), 2, freePort(), controllerPort,
                clusterId);
        broker.format();
        broker.startAgain();
        return broker;
    }

    int nodeId() {
        return nodeId;
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Stops the broker the way an operator does (SIGTERM) and waits for the process to end. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** Starts the broker on its port and data, and waits until it answers. */
    void startAgain() {
        starts++;
        process = ChildJvm.start(kafka.Kafka.class, directory.resolve("broker-" + starts + ".log"), JVM,
                properties.toString());
        Await.until(this::answers, () -> "the broker at " + bootstrapServers() + " answers");
    }

    private boolean answers() {
        if (!process.isAlive()) {
            throw new IllegalStateException("the broker exited; see " + directory);
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 1000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 1000))) {
            return admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).stream()
                    .anyMatch(node -> node.id() == nodeId);
        } catch (Exception notYet) {
            return false;
        }
    }

    private void format() {
        Process format = ChildJvm.start(kafka.tools.StorageTool.class, directory.resolve("format.log"), JVM,
                "format", "-t", clusterId, "-c", properties.toString());
        try {
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                throw new IllegalStateException("formatting the broker's storage failed: "
                        + Files.readString(directory.resolve("format.log")));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
