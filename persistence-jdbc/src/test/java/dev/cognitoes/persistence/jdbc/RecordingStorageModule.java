package dev.cognitoes.persistence.jdbc;

import dev.cognitoes.spi.AppClientStore;
import dev.cognitoes.spi.GroupStore;
import dev.cognitoes.spi.StorageModule;
import dev.cognitoes.spi.UserPoolStore;
import dev.cognitoes.spi.UserStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.crypto.SecretKey;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;

/** A storage module that passes everything to another and records what the runtime reads from the event log. */
final class RecordingStorageModule implements StorageModule {

    /** One read of an aggregate's events: from which sequence number, and how many came back. */
    record AggregateRead(String aggregateId, long firstSequence, int events) {
    }

    /** One read of an aggregate's snapshot: its sequence number, or -1 when there was none. */
    record SnapshotRead(String aggregateId, long sequence) {
    }

    final List<AggregateRead> aggregateReads = new CopyOnWriteArrayList<>();
    final List<SnapshotRead> snapshotReads = new CopyOnWriteArrayList<>();
    final AtomicInteger globalReads = new AtomicInteger();

    private final StorageModule delegate;
    private final UserStore userStore;

    RecordingStorageModule(StorageModule delegate) {
        this(delegate, delegate.userStore());
    }

    RecordingStorageModule(StorageModule delegate, UserStore userStore) {
        this.delegate = delegate;
        this.userStore = userStore;
    }

    void forget() {
        aggregateReads.clear();
        snapshotReads.clear();
        globalReads.set(0);
    }

    @Override
    public EventStorageEngine eventStorageEngine(Serializer eventSerializer, Serializer snapshotSerializer) {
        return new RecordingEngine(delegate.eventStorageEngine(eventSerializer, snapshotSerializer));
    }

    @Override
    public TransactionManager transactionManager() {
        return delegate.transactionManager();
    }

    @Override
    public TokenStore tokenStore(Serializer serializer) {
        return delegate.tokenStore(serializer);
    }

    @Override
    public SecretKey masterKey() {
        return delegate.masterKey();
    }

    @Override
    public UserPoolStore userPoolStore() {
        return delegate.userPoolStore();
    }

    @Override
    public AppClientStore appClientStore() {
        return delegate.appClientStore();
    }

    @Override
    public UserStore userStore() {
        return userStore;
    }

    @Override
    public GroupStore groupStore() {
        return delegate.groupStore();
    }

    @Override
    public void close() {
        delegate.close();
    }

    private final class RecordingEngine implements EventStorageEngine {

        private final EventStorageEngine engine;

        RecordingEngine(EventStorageEngine engine) {
            this.engine = engine;
        }

        @Override
        public void appendEvents(List<? extends EventMessage<?>> events) {
            engine.appendEvents(events);
        }

        @Override
        public void storeSnapshot(DomainEventMessage<?> snapshot) {
            engine.storeSnapshot(snapshot);
        }

        @Override
        public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
            globalReads.incrementAndGet();
            return engine.readEvents(trackingToken, mayBlock);
        }

        @Override
        public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
            List<? extends DomainEventMessage<?>> events =
                    engine.readEvents(aggregateIdentifier, firstSequenceNumber).asStream().toList();
            aggregateReads.add(new AggregateRead(aggregateIdentifier, firstSequenceNumber, events.size()));
            return DomainEventStream.of(events);
        }

        @Override
        public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
            Optional<DomainEventMessage<?>> snapshot = engine.readSnapshot(aggregateIdentifier);
            snapshotReads.add(new SnapshotRead(aggregateIdentifier,
                    snapshot.map(DomainEventMessage::getSequenceNumber).orElse(-1L)));
            return snapshot;
        }

        @Override
        public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
            return engine.lastSequenceNumberFor(aggregateIdentifier);
        }

        @Override
        public TrackingToken createTailToken() {
            return engine.createTailToken();
        }

        @Override
        public TrackingToken createHeadToken() {
            return engine.createHeadToken();
        }

        @Override
        public TrackingToken createTokenAt(Instant dateTime) {
            return engine.createTokenAt(dateTime);
        }
    }
}
