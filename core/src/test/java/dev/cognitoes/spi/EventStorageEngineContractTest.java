package dev.cognitoes.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cognitoes.config.CognitoRuntime;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link StorageModule#eventStorageEngine}: each module's test subclasses it and supplies an engine
 * over an empty log.
 */
public abstract class EventStorageEngineContractTest {

    /** The serializers the runtime hands to a storage module. */
    protected static final Serializer EVENT_SERIALIZER =
            JacksonSerializer.builder().objectMapper(CognitoRuntime.eventObjectMapper()).build();
    protected static final Serializer SNAPSHOT_SERIALIZER =
            JacksonSerializer.builder().objectMapper(CognitoRuntime.snapshotObjectMapper()).build();

    private EventStorageEngine engine;

    /** An engine over an empty event log. */
    protected abstract EventStorageEngine newEngine(Serializer eventSerializer, Serializer snapshotSerializer);

    @BeforeEach
    void freshEngine() {
        engine = newEngine(EVENT_SERIALIZER, SNAPSHOT_SERIALIZER);
    }

    /** An event payload. */
    public record Noted(String text) {
    }

    /** A snapshot payload with state that changes, like an aggregate's. */
    public static final class Tally {
        private String name;
        private int count;

        Tally() {
        }

        Tally(String name, int count) {
            this.name = name;
            this.count = count;
        }

        void add() {
            count++;
        }
    }

    static DomainEventMessage<Noted> event(String aggregateId, long sequence, String text) {
        return new GenericDomainEventMessage<>("Note", aggregateId, sequence, new Noted(text));
    }

    static List<String> texts(List<? extends EventMessage<?>> events) {
        return events.stream().map(e -> ((Noted) e.getPayload()).text()).toList();
    }

    List<String> aggregateTexts(String aggregateId, long from) {
        return texts(engine.readEvents(aggregateId, from).asStream().toList());
    }

    List<? extends TrackedEventMessage<?>> all() {
        return engine.readEvents(null, false).toList();
    }

    @Nested
    @DisplayName("when events are appended")
    class Appended {

        @BeforeEach
        void append() {
            engine.appendEvents(event("a", 0, "a0"), event("b", 0, "b0"));
            engine.appendEvents(event("a", 1, "a1"), event("a", 2, "a2"));
            engine.appendEvents(event("b", 1, "b1"));
        }

        @Test
        @DisplayName("each aggregate's events read back in sequence order, from any sequence")
        void readsPerAggregate() {
            assertThat(aggregateTexts("a", 0)).containsExactly("a0", "a1", "a2");
            assertThat(aggregateTexts("a", 1)).containsExactly("a1", "a2");
            assertThat(aggregateTexts("b", 0)).containsExactly("b0", "b1");
            assertThat(aggregateTexts("c", 0)).isEmpty();
            assertThat(engine.lastSequenceNumberFor("a")).contains(2L);
            assertThat(engine.lastSequenceNumberFor("c")).isEmpty();
        }

        @Test
        @DisplayName("the whole log reads back in append order, and resumes after any event's token")
        void readsGlobally() {
            List<? extends TrackedEventMessage<?>> all = all();
            assertThat(texts(all)).containsExactly("a0", "b0", "a1", "a2", "b1");
            assertThat(texts(engine.readEvents(all.get(1).trackingToken(), false).toList()))
                    .containsExactly("a1", "a2", "b1");
            assertThat(engine.readEvents(all.get(4).trackingToken(), false).toList()).isEmpty();
        }
    }

    @Nested
    @DisplayName("when an event's aggregate and sequence number are already taken")
    class Taken {

        @BeforeEach
        void append() {
            engine.appendEvents(event("a", 0, "a0"), event("a", 1, "a1"));
        }

        @Test
        @DisplayName("a second first event is refused as a concurrency conflict")
        void refusesSecondFirstEvent() {
            assertThatThrownBy(() -> engine.appendEvents(event("a", 0, "other a0")))
                    .isInstanceOf(ConcurrencyException.class);
            assertThat(aggregateTexts("a", 0)).containsExactly("a0", "a1");
        }

        @Test
        @DisplayName("a later event is refused, and nothing of its batch is stored")
        void refusesWholeBatch() {
            assertThatThrownBy(() -> engine.appendEvents(event("b", 0, "b0"), event("a", 1, "other a1")))
                    .isInstanceOf(ConcurrencyException.class);
            assertThat(aggregateTexts("a", 0)).containsExactly("a0", "a1");
            assertThat(aggregateTexts("b", 0)).isEmpty();
            assertThat(texts(all())).containsExactly("a0", "a1");
        }

        @Test
        @DisplayName("the log stays usable after a refusal")
        void appendsAfterRefusal() {
            assertThatThrownBy(() -> engine.appendEvents(event("a", 1, "other a1")))
                    .isInstanceOf(ConcurrencyException.class);
            engine.appendEvents(event("a", 2, "a2"));
            assertThat(aggregateTexts("a", 0)).containsExactly("a0", "a1", "a2");
        }
    }

    @Nested
    @DisplayName("when snapshots are stored")
    class Snapshots {

        DomainEventMessage<Tally> snapshot(String aggregateId, long sequence, int count) {
            return new GenericDomainEventMessage<>("Tally", aggregateId, sequence, new Tally(aggregateId, count));
        }

        @Test
        @DisplayName("the snapshot with the highest sequence number is read back")
        void readsNewest() {
            engine.appendEvents(event("a", 0, "a0"));
            engine.storeSnapshot(snapshot("a", 3, 4));
            engine.storeSnapshot(snapshot("a", 7, 8));
            engine.storeSnapshot(snapshot("a", 5, 6));

            DomainEventMessage<?> read = engine.readSnapshot("a").orElseThrow();
            assertThat(read.getSequenceNumber()).isEqualTo(7);
            assertThat(read.getAggregateIdentifier()).isEqualTo("a");
            assertThat(((Tally) read.getPayload()).count).isEqualTo(8);
            assertThat(((Tally) read.getPayload()).name).isEqualTo("a");
            assertThat(engine.readSnapshot("b")).isEmpty();
        }

        @Test
        @DisplayName("changing an aggregate built from a snapshot leaves the stored snapshot as it was")
        void readsCopies() {
            engine.storeSnapshot(snapshot("a", 3, 4));
            ((Tally) engine.readSnapshot("a").orElseThrow().getPayload()).add();
            assertThat(((Tally) engine.readSnapshot("a").orElseThrow().getPayload()).count).isEqualTo(4);
        }
    }
}
