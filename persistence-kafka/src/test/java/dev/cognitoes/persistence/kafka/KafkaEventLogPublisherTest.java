package dev.cognitoes.persistence.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cognitoes.config.CognitoRuntime;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@DisplayName("KafkaEventLogPublisher")
class KafkaEventLogPublisherTest {

    private static final ObjectMapper JSON = CognitoRuntime.eventObjectMapper();

    private static KafkaEventLogPublisher publisher(CognitoRuntime runtime, EventTopics topics) {
        return KafkaEventLogPublisher.builder().runtime(runtime).bootstrapServers(TestKafka.bootstrapServers())
                .topics(topics).partitions(3).maxBatchSize(7).build();
    }

    private static List<ConsumerRecord<String, byte[]>> committed(EventTopics topics) {
        return TestKafka.records(TestKafka.bootstrapServers(), topics.events(), "read_committed");
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return EventHeaders.text(record.headers(), name);
    }

    private static void assertEveryEventOnceInOrder(List<TrackedEventMessage<?>> log,
                                                    List<ConsumerRecord<String, byte[]>> records) {
        assertThat(records).extracting(r -> header(r, EventHeaders.EVENT_ID))
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(log.stream().map(TrackedEventMessage::getIdentifier).toList());
        Map<String, List<Long>> sequencesByAggregate = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            sequencesByAggregate.computeIfAbsent(record.key(), k -> new ArrayList<>())
                    .add(Long.parseLong(header(record, EventHeaders.SEQUENCE_NUMBER)));
        }
        sequencesByAggregate.forEach((aggregate, sequences) -> assertThat(sequences)
                .as("sequence numbers of %s in partition order", aggregate).isSorted()
                .first().isEqualTo(0L));
    }

    @Nested
    @DisplayName("when a whole sign-up story is published")
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WholeStory {

        private final EventTopics topics = TestKafka.freshTopics();
        private Scenario scenario;
        private List<TrackedEventMessage<?>> log;
        private List<ConsumerRecord<String, byte[]>> records;

        @BeforeAll
        void publishStory() {
            scenario = new Scenario().withPool("shop");
            try (KafkaEventLogPublisher publisher = publisher(scenario.runtime, topics)) {
                publisher.start();
                for (String name : List.of("ada", "bob", "cy", "dee")) {
                    scenario.signUp(name);
                }
                scenario.confirm("ada");
                scenario.confirm("bob");
                scenario.resetPassword("ada");
                scenario.delete("bob");
                Await.caughtUp(publisher);
                assertThat(publisher.status().publishedEvents()).isEqualTo(scenario.eventLog().size());
            }
            log = scenario.eventLog();
            records = committed(topics);
        }

        @AfterAll
        void close() {
            scenario.close();
        }

        @Test
        @DisplayName("a read_committed consumer gets every event of the log once, each aggregate's in order")
        void everyEventOnceInOrder() {
            assertThat(log).hasSizeGreaterThan(20);
            assertEveryEventOnceInOrder(log, records);
        }

        @Test
        @DisplayName("each record is keyed by its aggregate and holds the event's JSON as stored")
        void keyAndValue() {
            Serializer serializer = scenario.runtime.component(Serializer.class);
            Map<String, ConsumerRecord<String, byte[]>> byEventId = records.stream()
                    .collect(Collectors.toMap(r -> header(r, EventHeaders.EVENT_ID), r -> r));
            for (TrackedEventMessage<?> event : log) {
                ConsumerRecord<String, byte[]> record = byEventId.get(event.getIdentifier());
                DomainEventMessage<?> domainEvent = (DomainEventMessage<?>) event;
                assertThat(record.key()).isEqualTo(domainEvent.getAggregateIdentifier());
                assertThat(new String(record.value(), StandardCharsets.UTF_8))
                        .isEqualTo(new String(event.serializePayload(serializer, byte[].class).getData(),
                                StandardCharsets.UTF_8));
                assertThat(record.timestamp()).isEqualTo(event.getTimestamp().toEpochMilli());
            }
        }

        @Test
        @DisplayName("the headers name the event's type, revision, id, aggregate, sequence, time and user pool")
        void headers() throws Exception {
            Map<String, TrackedEventMessage<?>> byId = log.stream()
                    .collect(Collectors.toMap(TrackedEventMessage::getIdentifier, e -> e));
            for (ConsumerRecord<String, byte[]> record : records) {
                DomainEventMessage<?> event = (DomainEventMessage<?>) byId.get(header(record, EventHeaders.EVENT_ID));
                assertThat(header(record, EventHeaders.EVENT_TYPE)).isEqualTo(event.getPayloadType().getName());
                assertThat(header(record, EventHeaders.EVENT_REVISION)).isEqualTo("1");
                assertThat(header(record, EventHeaders.AGGREGATE_ID)).isEqualTo(event.getAggregateIdentifier());
                assertThat(header(record, EventHeaders.AGGREGATE_TYPE)).isEqualTo(event.getType());
                assertThat(header(record, EventHeaders.SEQUENCE_NUMBER))
                        .isEqualTo(Long.toString(event.getSequenceNumber()));
                assertThat(Instant.parse(header(record, EventHeaders.TIMESTAMP))).isEqualTo(event.getTimestamp());
                assertThat(header(record, EventHeaders.USER_POOL_ID)).isEqualTo(scenario.pool.id());
                JsonNode value = JSON.readTree(record.value());
                assertThat(value.path("userPoolId").asText()).isEqualTo(scenario.pool.id());
            }
            assertThat(records).extracting(r -> header(r, EventHeaders.AGGREGATE_TYPE))
                    .contains("UserPool", "AppClient", "User", "NameClaim");
        }

        @Test
        @DisplayName("no password, code or key appears in any record, in any encoding")
        void noSecrets() {
            List<String> secrets = new ArrayList<>(List.of(Scenario.PASSWORD, Scenario.NEW_PASSWORD));
            secrets.addAll(scenario.codes());
            byte[] masterKey = new dev.cognitoes.storage.inmemory.InMemoryStorageModule().masterKey().getEncoded();
            assertThat(scenario.codes()).hasSizeGreaterThanOrEqualTo(3);
            for (ConsumerRecord<String, byte[]> record : records) {
                StringBuilder text = new StringBuilder(new String(record.value(), StandardCharsets.UTF_8));
                for (Header header : record.headers()) {
                    text.append(' ').append(new String(header.value(), StandardCharsets.UTF_8));
                }
                for (String secret : secrets) {
                    assertThat(text.toString()).doesNotContain(secret)
                            .doesNotContain(Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
                }
                assertThat(text.toString()).doesNotContain(Base64.getEncoder().encodeToString(masterKey));
            }
        }
    }

    @Nested
    @DisplayName("when a publisher stops and another with the same id starts later")
    class Restart {

        @Test
        @DisplayName("the second publishes only what the first had not, and nothing twice")
        void resumesFromCommittedPosition() {
            EventTopics topics = TestKafka.freshTopics();
            try (Scenario scenario = new Scenario().withPool("shop")) {
                long publishedByFirst;
                try (KafkaEventLogPublisher first = publisher(scenario.runtime, topics)) {
                    first.start();
                    scenario.signUp("ada");
                    Await.caughtUp(first);
                    publishedByFirst = first.status().publishedEvents();
                }
                scenario.signUp("bob");
                scenario.confirm("ada");
                try (KafkaEventLogPublisher second = publisher(scenario.runtime, topics)) {
                    second.start();
                    Await.caughtUp(second);
                    assertThat(second.status().publishedEvents())
                            .isEqualTo(scenario.eventLog().size() - publishedByFirst);
                }
                assertEveryEventOnceInOrder(scenario.eventLog(), committed(topics));
            }
        }
    }

    @Nested
    @DisplayName("when no broker is reachable")
    class NoBroker {

        @Test
        @DisplayName("sign-ups still succeed, and the status says how far publication is behind")
        void commandsGoOn() {
            try (Scenario scenario = new Scenario();
                 KafkaEventLogPublisher publisher = KafkaEventLogPublisher.builder().runtime(scenario.runtime)
                         .bootstrapServers("127.0.0.1:1").topics(TestKafka.freshTopics())
                         .clientProperty("reconnect.backoff.max.ms", 200)
                         .clientProperty("request.timeout.ms", 1000)
                         .clientProperty("default.api.timeout.ms", 1000).build()) {
                publisher.start();
                scenario.withPool("shop");
                scenario.signUp("ada");
                Await.until(() -> publisher.status().lastFailure() != null, () -> "the publisher reports a failure");
                PublisherStatus status = publisher.status();
                assertThat(status.connected()).isFalse();
                assertThat(status.publishedEvents()).isZero();
                assertThat(status.behind()).isEqualTo(scenario.eventLog().size());
            }
        }
    }

    @Nested
    @DisplayName("when it is built")
    class Building {

        @Test
        @DisplayName("the event log and the bootstrap servers are required")
        void requiredSettings() {
            try (Scenario scenario = new Scenario()) {
                assertThatThrownBy(() -> KafkaEventLogPublisher.builder().bootstrapServers("k:9092").build())
                        .isInstanceOf(IllegalStateException.class).hasMessageContaining("runtime or eventLog");
                assertThatThrownBy(() -> KafkaEventLogPublisher.builder().runtime(scenario.runtime).build())
                        .isInstanceOf(IllegalStateException.class).hasMessageContaining("bootstrapServers");
            }
        }

        @Test
        @DisplayName("a topic prefix Kafka would refuse is refused")
        void topicPrefix() {
            assertThatThrownBy(() -> new EventTopics("no spaces"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'no spaces'");
            assertThat(new EventTopics("acme.auth").events()).isEqualTo("acme.auth.events");
            assertThat(new EventTopics("acme.auth").positions()).isEqualTo("acme.auth.positions");
        }
    }
}
