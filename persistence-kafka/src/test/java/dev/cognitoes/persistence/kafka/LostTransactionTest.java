package dev.cognitoes.persistence.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("A transaction of the publisher that its coordinator lost")
class LostTransactionTest {

    @Nested
    @DisplayName("when the coordinator commits a batch while the broker of its partitions is down, "
            + "skipping their markers")
    class CommittedWithoutLeaders {

        @Test
        @DisplayName("the publisher aborts it once that broker is back, and a read_committed consumer gets every "
                + "event once, in order")
        void abortedAndPublishedAgain() throws Exception {
            EventTopics topics = TestKafka.freshTopics();
            try (ExternalBroker coordinatorNode = ExternalBroker.start()) {
                String bootstrap = coordinatorNode.bootstrapServers();
                placeTransactionLogOnTheOnlyBroker(bootstrap);
                try (ExternalBroker dataNode = coordinatorNode.addBroker();
                     Scenario scenario = new Scenario().withPool("shop")) {
                    createTopicsOn(dataNode.nodeId(), bootstrap, topics);
                    for (int i = 0; i < 10; i++) {
                        scenario.signUp("user" + i);
                    }
                    CountDownLatch stalled = new CountDownLatch(1);
                    CountDownLatch release = new CountDownLatch(1);
                    AtomicInteger commits = new AtomicInteger();
                    try (KafkaEventLogPublisher publisher = KafkaEventLogPublisher.builder().runtime(scenario.runtime)
                            .bootstrapServers(bootstrap).topics(topics).maxBatchSize(10)
                            .producerFactory(settings -> new GatedProducer(settings, commits, 2,
                                    stalled, release))
                            .build()) {
                        publisher.start();
                        assertThat(stalled.await(Await.PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
                        dataNode.stop();
                        release.countDown();
                        Await.until(() -> publisher.status().publishedEvents() == 20,
                                () -> "the coordinator commits the second batch without its partitions' leader");
                        for (int i = 10; i < 20; i++) {
                            scenario.signUp("user" + i);
                        }
                        Await.until(() -> !publisher.status().connected(),
                                () -> "the next batch fails without its partitions' leader");
                        dataNode.startAgain();
                        Await.caughtUp(publisher);
                    }

                    List<TrackedEventMessage<?>> log = scenario.eventLog();
                    List<ConsumerRecord<String, byte[]>> committed = TestKafka.records(bootstrap, topics.events(),
                            "read_committed");
                    assertThat(committed).extracting(r -> EventHeaders.text(r.headers(), EventHeaders.EVENT_ID))
                            .doesNotHaveDuplicates()
                            .containsExactlyInAnyOrderElementsOf(log.stream()
                                    .map(TrackedEventMessage::getIdentifier).toList());
                    PublisherCrashTest.assertPerAggregateOrder(committed);
                }
            }
        }
    }

    private static void placeTransactionLogOnTheOnlyBroker(String bootstrap) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "place-the-transaction-log",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            producer.initTransactions();
        }
    }

    private static void createTopicsOn(int node, String bootstrap, EventTopics topics) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(
                    new NewTopic(topics.events(), Map.of(0, List.of(node), 1, List.of(node), 2, List.of(node))),
                    new NewTopic(topics.positions(), Map.of(0, List.of(node))).configs(Map.of(
                            TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))))
                    .all().get(30, TimeUnit.SECONDS);
        }
    }

    /** A producer whose commit number {@code stallAt} waits, its records on the broker, until released. */
    private static final class GatedProducer extends KafkaProducer<String, byte[]> {
        private final AtomicInteger commits;
        private final int stallAt;
        private final CountDownLatch stalled;
        private final CountDownLatch release;

        GatedProducer(Map<String, Object> settings, AtomicInteger commits, int stallAt, CountDownLatch stalled,
                      CountDownLatch release) {
            super(settings);
            this.commits = commits;
            this.stallAt = stallAt;
            this.stalled = stalled;
            this.release = release;
        }

        @Override
        public void commitTransaction() {
            if (commits.incrementAndGet() == stallAt) {
                flush();
                stalled.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            super.commitTransaction();
        }
    }
}
