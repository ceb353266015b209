package dev.cognitoes.persistence.kafka.projection;

import dev.cognitoes.persistence.kafka.EventTopics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps an {@link EventLogProjection} up to date from the events topic, in a thread of its own. It reads with
 * {@code isolation.level=read_committed}, so it sees exactly the events the publisher committed, each once, and
 * saves the projection's state with the offsets reached in its {@link ProjectionCheckpoints} at most every
 * {@code checkpointInterval} and when closed. A restarted runner restores the last checkpoint and resumes after it;
 * {@link #replayFromBeginning()} empties the projection and reads the topic again from its start.
 *
 * <pre>{@code
 * SignUpHistory history = new SignUpHistory();
 * try (KafkaProjectionRunner runner = KafkaProjectionRunner.builder().bootstrapServers("kafka:9092")
 *         .projection("sign-up-history", history).checkpoints(ProjectionCheckpoints.inDirectory(dir)).build()) {
 *     runner.start();
 *     runner.awaitCaughtUp(Duration.ofSeconds(30));
 *     history.user(poolId, "jane", Instant.now());
 * }
 * }</pre>
 *
 * <p>The runner assigns itself every partition the topic has when it starts (no consumer group), so one runner
 * holds one whole copy of the model. When an event cannot be applied, the runner stops and {@link #failure()}
 * says why; the checkpoint stays at the last good state.
 */
public final class KafkaProjectionRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaProjectionRunner.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final Map<String, Object> clientProperties;
    private final EventTopics topics;
    private final String name;
    private final EventLogProjection projection;
    private final ProjectionCheckpoints checkpoints;
    private final Duration checkpointInterval;
    private final Clock clock = Clock.systemUTC();
    private final Thread thread;
    private final Map<Integer, Long> reached = new ConcurrentHashMap<>();
    private final Object replayLock = new Object();

    private volatile boolean running;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile RuntimeException failure;
    private volatile boolean started;
    private long replaysRequested;
    private long replaysDone;

    private KafkaProjectionRunner(Builder builder) {
        this.clientProperties = Map.copyOf(builder.clientProperties);
        this.topics = builder.topics;
        this.name = builder.name;
        this.projection = builder.projection;
        this.checkpoints = builder.checkpoints;
        this.checkpointInterval = builder.checkpointInterval;
        this.thread = new Thread(this::run, "cognito-es-projection-" + name);
        this.thread.setDaemon(true);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Restores the last checkpoint and starts reading in the runner's thread.
     *
     * @throws IllegalStateException when called twice
     */
    public synchronized void start() {
        if (started) {
            throw new IllegalStateException("the runner was already started");
        }
        started = true;
        running = true;
        thread.start();
    }

    /**
     * Empties the projection, saves the empty checkpoint and reads the topic again from its beginning; returns when
     * the runner has started over.
     *
     * @throws IllegalStateException when the runner is not running
     */
    public void replayFromBeginning() {
        synchronized (replayLock) {
            if (!running) {
                throw new IllegalStateException("the runner is not running", failure);
            }
            long request = ++replaysRequested;
            while (replaysDone < request && running) {
                try {
                    replayLock.wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Waits until the projection has applied every event committed to the topic when this was called.
     *
     * @return whether it got there within {@code timeout}
     * @throws IllegalStateException when the runner stopped on a failure
     */
    public boolean awaitCaughtUp(Duration timeout) {
        Instant deadline = clock.instant().plus(timeout);
        Map<Integer, Long> target = null;
        while (clock.instant().isBefore(deadline)) {
            if (failure != null) {
                throw new IllegalStateException("projection " + name + " stopped: " + failure.getMessage(), failure);
            }
            if (target == null) {
                target = committedEnd();
            }
            if (target != null && !reached.isEmpty() && target.entrySet().stream()
                    .allMatch(end -> reached.getOrDefault(end.getKey(), 0L) >= end.getValue())) {
                return true;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** Why the runner stopped, or {@code null} while it runs or after a normal close. */
    public RuntimeException failure() {
        return failure;
    }

    /** Stops reading and saves the checkpoint reached. */
    @Override
    public void close() {
        running = false;
        KafkaConsumer<String, byte[]> reading = consumer;
        if (reading != null) {
            reading.wakeup();
        }
        synchronized (replayLock) {
            replayLock.notifyAll();
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Map<Integer, Long> committedEnd() {
        try (Admin admin = Admin.create(clientProperties)) {
            Map<TopicPartition, OffsetSpec> request = admin.describeTopics(List.of(topics.events())).allTopicNames()
                    .get(10, TimeUnit.SECONDS).get(topics.events()).partitions().stream()
                    .collect(Collectors.toMap(p -> new TopicPartition(topics.events(), p.partition()),
                            p -> OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(request,
                    new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get(10, TimeUnit.SECONDS);
            Map<Integer, Long> end = new HashMap<>();
            ends.forEach((partition, info) -> end.put(partition.partition(), info.offset()));
            return end;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.debug("could not read the end of {}", topics.events(), e);
            return null;
        }
    }

    private void run() {
        Map<Integer, Long> next = new HashMap<>();
        ProjectionCheckpoint saved = checkpoints.load(name).orElse(null);
        if (saved != null) {
            projection.restore(saved.state());
            next.putAll(saved.nextOffsets());
        } else {
            projection.restore(null);
        }
        Duration backoff = POLL;
        while (running) {
            try (KafkaConsumer<String, byte[]> reading = new KafkaConsumer<>(consumerProperties())) {
                consumer = reading;
                if (!running) {
                    break;
                }
                List<TopicPartition> partitions = assign(reading, next);
                backoff = POLL;
                Instant lastCheckpoint = clock.instant();
                boolean dirty = false;
                try {
                    while (running) {
                        if (replayRequested()) {
                            projection.restore(null);
                            next.clear();
                            reached.clear();
                            checkpoints.save(name, new ProjectionCheckpoint(Map.of(), projection.state()));
                            reading.seekToBeginning(partitions);
                            replayDone();
                        }
                        for (ConsumerRecord<String, byte[]> record : reading.poll(POLL)) {
                            projection.apply(PublishedEvent.of(record));
                            dirty = true;
                        }
                        for (TopicPartition partition : partitions) {
                            long position = reading.position(partition);
                            next.put(partition.partition(), position);
                            reached.put(partition.partition(), position);
                        }
                        if (dirty && Duration.between(lastCheckpoint, clock.instant())
                                .compareTo(checkpointInterval) >= 0) {
                            checkpoints.save(name, new ProjectionCheckpoint(next, projection.state()));
                            lastCheckpoint = clock.instant();
                            dirty = false;
                        }
                    }
                } catch (WakeupException closing) {
                    // close() asked the runner to stop
                }
                if (dirty) {
                    checkpoints.save(name, new ProjectionCheckpoint(next, projection.state()));
                }
            } catch (WakeupException closing) {
                // close() asked the runner to stop before it had read anything
            } catch (KafkaException | IllegalStateException unavailable) {
                LOG.warn("Projection {} cannot read {} now, retrying: {}", name, topics.events(),
                        unavailable.getMessage());
                backoff = sleep(backoff);
            } catch (RuntimeException cannotApply) {
                failure = cannotApply;
                running = false;
                LOG.error("Projection {} stopped: an event could not be applied", name, cannotApply);
            } finally {
                consumer = null;
            }
        }
        synchronized (replayLock) {
            replayLock.notifyAll();
        }
    }

    private List<TopicPartition> assign(KafkaConsumer<String, byte[]> consumer, Map<Integer, Long> next) {
        List<PartitionInfo> infos = consumer.partitionsFor(topics.events());
        if (infos == null || infos.isEmpty()) {
            throw new IllegalStateException("topic " + topics.events() + " does not exist yet");
        }
        List<TopicPartition> partitions = infos.stream()
                .map(info -> new TopicPartition(topics.events(), info.partition())).toList();
        consumer.assign(partitions);
        for (TopicPartition partition : partitions) {
            Long offset = next.get(partition.partition());
            if (offset == null) {
                consumer.seekToBeginning(List.of(partition));
            } else {
                consumer.seek(partition, offset);
            }
        }
        return partitions;
    }

    private boolean replayRequested() {
        synchronized (replayLock) {
            return replaysDone < replaysRequested;
        }
    }

    private void replayDone() {
        synchronized (replayLock) {
            replaysDone = replaysRequested;
            replayLock.notifyAll();
        }
    }

    private Duration sleep(Duration backoff) {
        synchronized (replayLock) {
            try {
                if (running) {
                    replayLock.wait(backoff.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
        Duration longer = backoff.multipliedBy(2);
        return longer.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : longer;
    }

    private Map<String, Object> consumerProperties() {
        Map<String, Object> properties = new HashMap<>(clientProperties);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return properties;
    }

    /**
     * Builds a {@link KafkaProjectionRunner}: {@link #bootstrapServers} and {@link #projection} are required.
     */
    public static final class Builder {
        private final Map<String, Object> clientProperties = new LinkedHashMap<>();
        private EventTopics topics = EventTopics.defaults();
        private String name;
        private EventLogProjection projection;
        private ProjectionCheckpoints checkpoints = ProjectionCheckpoints.inMemory();
        private Duration checkpointInterval = Duration.ofSeconds(1);

        private Builder() {
        }

        /** The brokers to connect to first, {@code host:port[,host:port...]}; required. */
        public Builder bootstrapServers(String bootstrapServers) {
            Objects.requireNonNull(bootstrapServers, "bootstrapServers");
            if (bootstrapServers.isBlank()) {
                throw new IllegalArgumentException("bootstrapServers must not be empty");
            }
            return clientProperty(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        }

        /** A setting for the runner's Kafka clients, such as {@code security.protocol}. */
        public Builder clientProperty(String name, Object value) {
            clientProperties.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** The topics to read; {@link EventTopics#defaults()} by default. */
        public Builder topics(EventTopics topics) {
            this.topics = Objects.requireNonNull(topics, "topics");
            return this;
        }

        /** The projection to keep, and the name its checkpoints are saved under; required. */
        public Builder projection(String name, EventLogProjection projection) {
            Objects.requireNonNull(name, "name");
            if (!name.matches("[a-zA-Z0-9._-]+")) {
                throw new IllegalArgumentException("projection name must be letters, digits, '.', '_' or '-', was '"
                        + name + "'");
            }
            this.name = name;
            this.projection = Objects.requireNonNull(projection, "projection");
            return this;
        }

        /** Where checkpoints are kept; {@link ProjectionCheckpoints#inMemory()} by default. */
        public Builder checkpoints(ProjectionCheckpoints checkpoints) {
            this.checkpoints = Objects.requireNonNull(checkpoints, "checkpoints");
            return this;
        }

        /** How often, at most, a checkpoint is saved while events arrive; 1 s by default. */
        public Builder checkpointInterval(Duration interval) {
            Objects.requireNonNull(interval, "checkpointInterval");
            if (interval.isNegative()) {
                throw new IllegalArgumentException("checkpointInterval must not be negative, was " + interval);
            }
            this.checkpointInterval = interval;
            return this;
        }

        /** @throws IllegalStateException naming the first required setting that is missing */
        public KafkaProjectionRunner build() {
            if (!clientProperties.containsKey(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG)) {
                throw new IllegalStateException("KafkaProjectionRunner.Builder: bootstrapServers is required");
            }
            if (projection == null) {
                throw new IllegalStateException("KafkaProjectionRunner.Builder: projection is required");
            }
            return new KafkaProjectionRunner(this);
        }
    }
}
