package dev.cognitoes.storage.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Objects;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * An event log in memory that, unlike Axon's own in-memory engine, refuses a second event at an (aggregate
 * identifier, sequence number) that is already taken, and stores a batch entirely or not at all. Each
 * aggregate's stream is kept apart, so loading an aggregate does not scan the whole log. Snapshots are kept
 * serialized, so an aggregate built from one never shares state with the stored snapshot.
 */
public final class InMemoryEventStorageEngine implements EventStorageEngine {

    private final Object appendLock = new Object();
    private final List<TrackedEventMessage<?>> log = new ArrayList<>();
    private final Map<String, List<DomainEventMessage<?>>> streams = new HashMap<>();
    private final Map<String, StoredSnapshot> snapshots = new ConcurrentHashMap<>();
    private final Serializer snapshotSerializer;

    /** @param snapshotSerializer writes and reads snapshot payloads, the aggregates themselves */
    public InMemoryEventStorageEngine(Serializer snapshotSerializer) {
        this.snapshotSerializer = Objects.requireNonNull(snapshotSerializer, "snapshotSerializer");
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        synchronized (appendLock) {
            Map<String, Long> nextSequence = new HashMap<>();
            for (EventMessage<?> event : events) {
                if (event instanceof DomainEventMessage<?> domainEvent && domainEvent.getAggregateIdentifier() != null) {
                    String aggregateId = domainEvent.getAggregateIdentifier();
                    long expected = nextSequence.computeIfAbsent(aggregateId, id -> (long) stream(id).size());
                    if (domainEvent.getSequenceNumber() != expected) {
                        throw new ConcurrencyException("An event for aggregate [" + aggregateId
                                + "] at sequence [" + domainEvent.getSequenceNumber()
                                + "] conflicts with the stored stream, which continues at [" + expected + "]");
                    }
                    nextSequence.put(aggregateId, expected + 1);
                }
            }
            for (EventMessage<?> event : events) {
                GlobalSequenceTrackingToken token = new GlobalSequenceTrackingToken(log.size());
                if (event instanceof DomainEventMessage<?> domainEvent && domainEvent.getAggregateIdentifier() != null) {
                    streams.computeIfAbsent(domainEvent.getAggregateIdentifier(), id -> new ArrayList<>())
                            .add(domainEvent);
                    log.add(new GenericTrackedDomainEventMessage<>(token, domainEvent));
                } else {
                    log.add(new GenericTrackedEventMessage<>(token, event));
                }
            }
        }
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        StoredSnapshot stored = new StoredSnapshot(snapshot,
                snapshotSerializer.serialize(snapshot.getPayload(), byte[].class));
        snapshots.merge(snapshot.getAggregateIdentifier(), stored, (kept, offered) ->
                offered.message().getSequenceNumber() > kept.message().getSequenceNumber() ? offered : kept);
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        long from = trackingToken == null ? 0 : ((GlobalSequenceTrackingToken) trackingToken).getGlobalIndex() + 1;
        synchronized (appendLock) {
            return new ArrayList<>(log.subList((int) Math.min(from, log.size()), log.size())).stream();
        }
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        List<DomainEventMessage<?>> events;
        synchronized (appendLock) {
            List<DomainEventMessage<?>> stream = stream(aggregateIdentifier);
            events = new ArrayList<>(stream.subList((int) Math.min(firstSequenceNumber, stream.size()), stream.size()));
        }
        return DomainEventStream.of(events);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return Optional.ofNullable(snapshots.get(aggregateIdentifier)).map(stored -> {
            DomainEventMessage<?> message = stored.message();
            return new GenericDomainEventMessage<>(message.getType(), message.getAggregateIdentifier(),
                    message.getSequenceNumber(), snapshotSerializer.deserialize(stored.payload()),
                    message.getMetaData(), message.getIdentifier(), message.getTimestamp());
        });
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        synchronized (appendLock) {
            List<DomainEventMessage<?>> stream = stream(aggregateIdentifier);
            return stream.isEmpty() ? Optional.empty() : Optional.of(stream.get(stream.size() - 1).getSequenceNumber());
        }
    }

    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    @Override
    public TrackingToken createHeadToken() {
        synchronized (appendLock) {
            return log.isEmpty() ? null : new GlobalSequenceTrackingToken(log.size() - 1L);
        }
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        synchronized (appendLock) {
            for (TrackedEventMessage<?> event : log) {
                if (!event.getTimestamp().isBefore(dateTime)) {
                    long index = ((GlobalSequenceTrackingToken) event.trackingToken()).getGlobalIndex();
                    return index == 0 ? null : new GlobalSequenceTrackingToken(index - 1);
                }
            }
        }
        return createHeadToken();
    }

    private List<DomainEventMessage<?>> stream(String aggregateIdentifier) {
        return streams.getOrDefault(aggregateIdentifier, List.of());
    }

    private record StoredSnapshot(DomainEventMessage<?> message, SerializedObject<byte[]> payload) {
    }
}
