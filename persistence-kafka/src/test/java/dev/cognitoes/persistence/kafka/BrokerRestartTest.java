package dev.cognitoes.persistence.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Publishing while the broker restarts")
class BrokerRestartTest {

    @Nested
    @DisplayName("when the only broker stops and starts again during a stream of sign-ups")
    class RestartDuringLoad {

        @Test
        @DisplayName("sign-ups never wait for it, and a read_committed consumer then gets every event once, in order")
        void exactlyOnceAcrossRestart() throws Exception {
            EventTopics topics = TestKafka.freshTopics();
            AtomicInteger signedUp = new AtomicInteger();
            try (ExternalBroker broker = ExternalBroker.start();
                 Scenario scenario = new Scenario().withPool("shop");
                 KafkaEventLogPublisher publisher = KafkaEventLogPublisher.builder().runtime(scenario.runtime)
                         .bootstrapServers(broker.bootstrapServers()).topics(topics).partitions(3).maxBatchSize(20)
                         .clientProperty("reconnect.backoff.max.ms", 500).build()) {
                publisher.start();
                AtomicBoolean stopLoad = new AtomicBoolean();
                CompletableFuture<Void> load = CompletableFuture.runAsync(() -> {
                    for (int i = 0; !stopLoad.get(); i++) {
                        scenario.signUp("user" + i);
                        signedUp.incrementAndGet();
                        pause();
                    }
                });
                Await.until(() -> publisher.status().publishedEvents() > 40, () -> "some events are published");
                broker.stop();
                int atStop = signedUp.get();
                Await.until(() -> !publisher.status().connected(), () -> "the publisher notices the outage");
                Await.until(() -> signedUp.get() >= atStop + 50 || load.isDone(),
                        () -> "sign-ups go on while the broker is down");
                broker.startAgain();
                int atRestart = signedUp.get();
                Await.until(() -> signedUp.get() >= atRestart + 50 || load.isDone(),
                        () -> "sign-ups go on while publication recovers");
                stopLoad.set(true);
                load.get(Await.PATIENCE.toSeconds(), TimeUnit.SECONDS);
                Await.caughtUp(publisher);

                List<TrackedEventMessage<?>> log = scenario.eventLog();
                List<ConsumerRecord<String, byte[]>> committed = TestKafka.records(broker.bootstrapServers(),
                        topics.events(), "read_committed");
                assertThat(signedUp.get()).isGreaterThan(atRestart);
                assertThat(log.size()).as("pool, two keys, client, and three events per sign-up")
                        .isEqualTo(4 + signedUp.get() * 3);
                assertThat(committed).extracting(r -> EventHeaders.text(r.headers(), EventHeaders.EVENT_ID))
                        .doesNotHaveDuplicates()
                        .containsExactlyInAnyOrderElementsOf(log.stream().map(TrackedEventMessage::getIdentifier)
                                .toList());
                PublisherCrashTest.assertPerAggregateOrder(committed);
            }
        }

        private static void pause() {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
