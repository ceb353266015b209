package dev.cognitoes.persistence.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cognitoes.config.CognitoRuntime;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.kafka.clients.admin.AbortTransactionSpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes every event of a runtime's event log to Kafka, exactly once and in the log's order, with the plain
 * Kafka clients. Runs in a thread of its own: commands never wait for Kafka, and a broker outage only delays
 * publication, which catches up when the broker is back.
 *
 * <pre>{@code
 * try (KafkaEventLogPublisher publisher = KafkaEventLogPublisher.builder()
 *         .runtime(cognito).bootstrapServers("kafka:9092").build()) {
 *     publisher.start();
 *     ...
 * }
 * }</pre>
 *
 * <p>The publisher reads the log in global order from the event store with the runtime's tracking tokens (on
 * PostgreSQL gap-aware tokens, so an event whose transaction commits late is published when it appears, not
 * skipped) and publishes batches in Kafka transactions. Each transaction holds the batch's events on the events
 * topic and, on the compacted positions topic, the token after the batch, keyed by publisher id: events and
 * position commit together or not at all. On start, and after any failure, the publisher opens a new transactional
 * producer with the same {@code transactional.id}, which aborts whatever an earlier instance left open and fences
 * it off, reads its last committed position back with {@code read_committed}, and resumes from there. A consumer
 * reading with {@code isolation.level=read_committed} therefore sees every event once, in order per aggregate,
 * whether the process died between a send and the commit or the broker restarted while publishing.
 *
 * <p>The record format is the public contract described in the README: key = aggregate id, value = the event's
 * JSON as stored, headers as in {@link EventHeaders}. The stored events hold no password, code or key in
 * recoverable form, so neither do the records.
 *
 * <p>A broker that completes a transaction while a partition of it has no leader (as when the only in-sync replica
 * is in controlled shutdown) skips that partition's marker, leaving a transaction open that no coordinator tracks
 * and that would hold {@code read_committed} readers back for good. After initialising its producer the publisher
 * therefore looks for such a transaction of its own holding its position record and aborts it with the Admin API,
 * on the positions partition and the events partitions alike, then publishes its events again. This needs
 * {@code DESCRIBE} on the transactional id, {@code READ} on both topics and {@code ALTER} (or
 * {@code CLUSTER_ACTION}) on the cluster where ACLs are on; without them the publisher logs what an operator can do.
 *
 * <p>Transactions last milliseconds, so the producer's {@code transaction.timeout.ms} is 20 s (not Kafka's 60 s): a
 * transaction a publisher left open when it stopped answering holds {@code read_committed} readers back until the
 * coordinator aborts it at that timeout, or a new publisher initialises.
 *
 * <p>How far behind publication is shows in {@link #status()} and in a log line every {@code lagLogInterval}
 * while events wait; failures are logged at WARN, each kind once per interval.
 */
public final class KafkaEventLogPublisher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaEventLogPublisher.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration INITIAL_BACKOFF = Duration.ofMillis(200);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);
    private static final long POLL_MILLIS = 200;
    private static final long POSITION_READ_SECONDS = 30;

    private final StreamableMessageSource<TrackedEventMessage<?>> source;
    private final Serializer serializer;
    private final PublishingPosition positions;
    private final EventTopics topics;
    private final String publisherId;
    private final Map<String, Object> clientProperties;
    private final int partitions;
    private final int maxBatchSize;
    private final Duration lagLogInterval;
    private final Function<Map<String, Object>, Producer<String, byte[]>> producerFactory;
    private final Clock clock = Clock.systemUTC();
    private final Thread thread;
    private final AtomicLong published = new AtomicLong();
    private final Object pause = new Object();

    private volatile boolean running;
    private volatile TrackingToken position;
    private volatile boolean connected;
    private volatile String lastFailure;
    private volatile Instant lastCommitAt;
    private boolean topicsReady;
    private Instant lastLagLog = Instant.EPOCH;
    private String lastLoggedFailure;

    private KafkaEventLogPublisher(Builder builder) {
        this.source = builder.source;
        this.serializer = builder.serializer;
        this.positions = new PublishingPosition(builder.serializer);
        this.topics = builder.topics;
        this.publisherId = builder.publisherId;
        this.clientProperties = Map.copyOf(builder.clientProperties);
        this.partitions = builder.partitions;
        this.maxBatchSize = builder.maxBatchSize;
        this.lagLogInterval = builder.lagLogInterval;
        this.producerFactory = builder.producerFactory;
        this.thread = new Thread(this::run, "cognito-es-kafka-publisher-" + publisherId);
        this.thread.setDaemon(true);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts publishing in the publisher's own thread. Returns at once, also when no broker is reachable yet.
     *
     * @throws IllegalStateException when called twice
     */
    public synchronized void start() {
        if (running || thread.getState() != Thread.State.NEW) {
            throw new IllegalStateException("the publisher was already started");
        }
        running = true;
        thread.start();
    }

    /** Publication's state now; computing how far behind it is reads the head of the event log. */
    public PublisherStatus status() {
        return new PublisherStatus(published.get(), behind(), connected, lastFailure, lastCommitAt);
    }

    /** The topics this publisher writes. */
    public EventTopics topics() {
        return topics;
    }

    /**
     * Stops publishing and waits for the thread to end, which finishes the batch in flight (its Kafka calls are
     * bounded by the producer's {@code max.block.ms}); the publishing thread is never interrupted, so the event
     * store's connections are not either.
     */
    @Override
    public void close() {
        synchronized (pause) {
            running = false;
            pause.notifyAll();
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        Duration backoff = INITIAL_BACKOFF;
        while (running) {
            try (Session session = openSession()) {
                connected = true;
                backoff = INITIAL_BACKOFF;
                LOG.info("Kafka publisher '{}' publishing to {} from {}", publisherId, topics.events(),
                        position == null ? "the start of the event log" : "position " + describe(position));
                while (running) {
                    session.publishNextBatch();
                }
            } catch (RuntimeException failure) {
                if (!running) {
                    return;
                }
                failed(failure);
            }
            if (running) {
                logLag(true);
                synchronized (pause) {
                    try {
                        if (running) {
                            pause.wait(backoff.toMillis());
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private void failed(RuntimeException failure) {
        connected = false;
        String what = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        lastFailure = what;
        if (!what.equals(lastLoggedFailure)) {
            lastLoggedFailure = what;
            LOG.warn("Kafka publisher '{}' cannot publish now, retrying: {}", publisherId, what);
        }
    }

    private Session openSession() {
        Map<String, Object> producerProperties = new HashMap<>(clientProperties);
        producerProperties.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId());
        producerProperties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerProperties.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProperties.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        producerProperties.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        producerProperties.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000);
        producerProperties.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        producerProperties.putIfAbsent(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 20_000);
        producerProperties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producerProperties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        Session session = new Session();
        try {
            session.admin = Admin.create(adminProperties());
            if (!topicsReady) {
                TopicSetup.ensureTopics(session.admin, topics, partitions);
                topicsReady = true;
            }
            session.producer = producerFactory.apply(producerProperties);
            session.producer.initTransactions();
            abortLostTransactions(session.admin);
            position = readCommittedPosition(session.admin);
            session.stream = source.openStream(position);
            return session;
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    private String transactionalId() {
        return topics.prefix() + ".publisher." + publisherId;
    }

    private void abortLostTransactions(Admin admin) {
        List<TopicPartition> eventsPartitions;
        try {
            eventsPartitions = admin.describeTopics(List.of(topics.events())).allTopicNames()
                    .get(POSITION_READ_SECONDS, TimeUnit.SECONDS).get(topics.events()).partitions().stream()
                    .map(partition -> new TopicPartition(topics.events(), partition.partition())).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not describe " + topics.events() + ": " + e.getMessage(), e);
        }
        for (AbortTransactionSpec aborted : LostTransactions.abort(admin, transactionalId(),
                new TopicPartition(topics.positions(), 0), eventsPartitions, POSITION_READ_SECONDS)) {
            LOG.warn("Kafka publisher '{}' aborted a transaction its coordinator had lost on {} (producer id {}, "
                    + "epoch {}); its events are published again", publisherId, aborted.topicPartition(),
                    aborted.producerId(), aborted.producerEpoch());
        }
    }

    private Map<String, Object> adminProperties() {
        Map<String, Object> properties = new HashMap<>(clientProperties);
        properties.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
        properties.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        return properties;
    }

    private TrackingToken readCommittedPosition(Admin admin) {
        TopicPartition partition = new TopicPartition(topics.positions(), 0);
        long end;
        try {
            end = admin.listOffsets(Map.of(partition, OffsetSpec.latest()),
                            new ListOffsetsOptions(IsolationLevel.READ_UNCOMMITTED))
                    .partitionResult(partition).get(POSITION_READ_SECONDS, TimeUnit.SECONDS).offset();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not read the end of " + topics.positions() + ": "
                    + e.getMessage(), e);
        }
        Map<String, Object> properties = new HashMap<>(clientProperties);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.putIfAbsent(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        TrackingToken token = null;
        Instant deadline = clock.instant().plusSeconds(POSITION_READ_SECONDS);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties)) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            while (consumer.position(partition) < end) {
                if (clock.instant().isAfter(deadline)) {
                    throw new IllegalStateException("could not read " + topics.positions() + " to its end ("
                            + end + ") in " + POSITION_READ_SECONDS + " s; reached " + consumer.position(partition));
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(POLL_MILLIS))) {
                    if (publisherId.equals(record.key())) {
                        token = record.value() == null ? null : positions.read(record.value());
                    }
                }
            }
        }
        return token;
    }

    private ProducerRecord<String, byte[]> recordOf(TrackedEventMessage<?> event) {
        SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
        RecordHeaders headers = new RecordHeaders();
        EventHeaders.add(headers, EventHeaders.EVENT_TYPE, payload.getType().getName());
        EventHeaders.add(headers, EventHeaders.EVENT_REVISION, payload.getType().getRevision());
        EventHeaders.add(headers, EventHeaders.EVENT_ID, event.getIdentifier());
        String key = event.getIdentifier();
        if (event instanceof DomainEventMessage<?> domainEvent && domainEvent.getAggregateIdentifier() != null) {
            key = domainEvent.getAggregateIdentifier();
            EventHeaders.add(headers, EventHeaders.AGGREGATE_ID, key);
            EventHeaders.add(headers, EventHeaders.AGGREGATE_TYPE, domainEvent.getType());
            EventHeaders.add(headers, EventHeaders.SEQUENCE_NUMBER, Long.toString(domainEvent.getSequenceNumber()));
        }
        EventHeaders.add(headers, EventHeaders.TIMESTAMP, event.getTimestamp().toString());
        EventHeaders.add(headers, EventHeaders.USER_POOL_ID, userPoolIdOf(payload.getData()));
        return new ProducerRecord<>(topics.events(), null, event.getTimestamp().toEpochMilli(), key,
                payload.getData(), headers);
    }

    private static String userPoolIdOf(byte[] payload) {
        try {
            JsonNode poolId = JSON.readTree(payload).get("userPoolId");
            return poolId == null || !poolId.isTextual() ? null : poolId.asText();
        } catch (IOException e) {
            return null;
        }
    }

    private long behind() {
        TrackingToken head = source.createHeadToken();
        long headIndex = head == null ? -1 : head.position().orElse(-1);
        TrackingToken current = position;
        long currentIndex = current == null ? -1 : current.position().orElse(-1);
        return Math.max(0, headIndex - currentIndex);
    }

    private void logLag(boolean failing) {
        Instant now = clock.instant();
        if (Duration.between(lastLagLog, now).compareTo(lagLogInterval) < 0) {
            return;
        }
        try {
            long behind = behind();
            if (behind > 0 || failing) {
                lastLagLog = now;
                LOG.info("Kafka publisher '{}': {} events behind the event log{}", publisherId, behind,
                        failing ? " (Kafka unavailable: " + lastFailure + ")" : "");
            }
        } catch (RuntimeException cannotReadHead) {
            LOG.debug("could not read the head of the event log", cannotReadHead);
        }
    }

    private static String describe(TrackingToken token) {
        return token.position().isPresent() ? Long.toString(token.position().getAsLong()) : token.toString();
    }

    /** One producer with its transactional id, and the event stream from its committed position. */
    private final class Session implements AutoCloseable {
        Admin admin;
        Producer<String, byte[]> producer;
        BlockingStream<TrackedEventMessage<?>> stream;

        void publishNextBatch() {
            try {
                if (!stream.hasNextAvailable((int) POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    logLag(false);
                    return;
                }
                List<TrackedEventMessage<?>> batch = new ArrayList<>();
                while (batch.size() < maxBatchSize && stream.hasNextAvailable()) {
                    batch.add(stream.nextAvailable());
                }
                TrackingToken after = batch.get(batch.size() - 1).trackingToken();
                producer.beginTransaction();
                for (TrackedEventMessage<?> event : batch) {
                    producer.send(recordOf(event));
                }
                producer.send(new ProducerRecord<>(topics.positions(), publisherId,
                        positions.write(publisherId, after)));
                producer.commitTransaction();
                position = after;
                published.addAndGet(batch.size());
                lastCommitAt = clock.instant();
                lastFailure = null;
                lastLoggedFailure = null;
                logLag(false);
            } catch (InterruptedException e) {
                throw new InterruptException(e);
            }
        }

        @Override
        public void close() {
            if (stream != null) {
                stream.close();
            }
            if (producer != null) {
                closeQuietly(() -> producer.close(Duration.ZERO));
            }
            if (admin != null) {
                closeQuietly(() -> admin.close(Duration.ZERO));
            }
        }

        private void closeQuietly(Runnable close) {
            try {
                close.run();
            } catch (RuntimeException e) {
                LOG.debug("closing a Kafka client failed", e);
            }
        }
    }

    /**
     * Builds a {@link KafkaEventLogPublisher}. The event log ({@link #runtime} or {@link #eventLog}) and
     * {@link #bootstrapServers} are required.
     */
    public static final class Builder {
        private StreamableMessageSource<TrackedEventMessage<?>> source;
        private Serializer serializer;
        private EventTopics topics = EventTopics.defaults();
        private String publisherId = "cognito-es";
        private final Map<String, Object> clientProperties = new LinkedHashMap<>();
        private int partitions = 6;
        private int maxBatchSize = 500;
        private Duration lagLogInterval = Duration.ofSeconds(30);
        private Function<Map<String, Object>, Producer<String, byte[]>> producerFactory = KafkaProducer::new;

        private Builder() {
        }

        /** Publishes the event log of {@code runtime}, its events written by the runtime's serializer. */
        @SuppressWarnings("unchecked")
        public Builder runtime(CognitoRuntime runtime) {
            Objects.requireNonNull(runtime, "runtime");
            return eventLog((StreamableMessageSource<TrackedEventMessage<?>>) (Object) runtime
                    .component(EventBus.class), runtime.component(Serializer.class));
        }

        /**
         * Publishes the events of {@code source} (an Axon event store), their payloads written with
         * {@code serializer}: the serializer the events are stored with, so records carry them as stored.
         */
        public Builder eventLog(StreamableMessageSource<TrackedEventMessage<?>> source, Serializer serializer) {
            this.source = Objects.requireNonNull(source, "source");
            this.serializer = Objects.requireNonNull(serializer, "serializer");
            return this;
        }

        /** The brokers to connect to first, {@code host:port[,host:port...]}; required. */
        public Builder bootstrapServers(String bootstrapServers) {
            Objects.requireNonNull(bootstrapServers, "bootstrapServers");
            if (bootstrapServers.isBlank()) {
                throw new IllegalArgumentException("bootstrapServers must not be empty");
            }
            return clientProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        }

        /** The topics to publish to; {@link EventTopics#defaults()} by default. */
        public Builder topics(EventTopics topics) {
            this.topics = Objects.requireNonNull(topics, "topics");
            return this;
        }

        /**
         * Who this publisher is: its position is kept under this key and its producer's {@code transactional.id} is
         * {@code <prefix>.publisher.<id>}. Default {@code cognito-es}. Processes publishing the same event log use
         * the same id, so that the latest one fences the others off.
         */
        public Builder publisherId(String publisherId) {
            Objects.requireNonNull(publisherId, "publisherId");
            if (publisherId.isBlank()) {
                throw new IllegalArgumentException("publisherId must not be empty");
            }
            this.publisherId = publisherId;
            return this;
        }

        /**
         * A setting for every Kafka client the publisher opens, such as {@code security.protocol} or
         * {@code sasl.jaas.config}. Settings are never logged by the publisher.
         */
        public Builder clientProperty(String name, Object value) {
            clientProperties.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** How many partitions the events topic gets when the publisher creates it; 6 by default. */
        public Builder partitions(int partitions) {
            if (partitions < 1) {
                throw new IllegalArgumentException("partitions must be at least 1, was " + partitions);
            }
            this.partitions = partitions;
            return this;
        }

        /** At most how many events one Kafka transaction carries; 500 by default. */
        public Builder maxBatchSize(int maxBatchSize) {
            if (maxBatchSize < 1) {
                throw new IllegalArgumentException("maxBatchSize must be at least 1, was " + maxBatchSize);
            }
            this.maxBatchSize = maxBatchSize;
            return this;
        }

        /** How often, at most, the publisher logs how far behind it is while events wait; 30 s by default. */
        public Builder lagLogInterval(Duration interval) {
            Objects.requireNonNull(interval, "lagLogInterval");
            if (interval.isNegative()) {
                throw new IllegalArgumentException("lagLogInterval must not be negative, was " + interval);
            }
            this.lagLogInterval = interval;
            return this;
        }

        /**
         * How the transactional producer is made from its settings; {@code KafkaProducer::new} by default. For
         * instrumenting the producer (metrics, tracing) and for tests that stop a process mid-transaction.
         */
        public Builder producerFactory(Function<Map<String, Object>, Producer<String, byte[]>> producerFactory) {
            this.producerFactory = Objects.requireNonNull(producerFactory, "producerFactory");
            return this;
        }

        /** @throws IllegalStateException naming the first required setting that is missing */
        public KafkaEventLogPublisher build() {
            if (source == null) {
                throw new IllegalStateException("KafkaEventLogPublisher.Builder: runtime or eventLog is required");
            }
            if (!clientProperties.containsKey(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG)) {
                throw new IllegalStateException("KafkaEventLogPublisher.Builder: bootstrapServers is required");
            }
            return new KafkaEventLogPublisher(this);
        }
    }
}
