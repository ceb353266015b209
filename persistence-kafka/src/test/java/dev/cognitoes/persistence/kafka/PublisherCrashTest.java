package dev.cognitoes.persistence.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.persistence.jdbc.JdbcStorageModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("A node killed while publishing")
class PublisherCrashTest {

    private static final List<String> CHILD_OPTIONS = List.of("-Xmx256m", "-Ddisable-axoniq-console-message=true");

    @Nested
    @DisplayName("when it dies after sending part of a batch and before committing it, then restarts")
    class KilledMidTransaction {

        @Test
        @DisplayName("a read_committed consumer gets every event of the log once, each aggregate's in order")
        void exactlyOnce() throws Exception {
            Path work = Path.of("target", "crash", UUID.randomUUID().toString()).toAbsolutePath();
            Files.createDirectories(work);
            String database = work.resolve("db").toString();
            EventTopics topics = TestKafka.freshTopics();
            String bootstrap = TestKafka.bootstrapServers();

            Path firstOutput = work.resolve("first.log");
            Process first = ChildJvm.start(PublishingNode.class, firstOutput, CHILD_OPTIONS, "sign-up-and-stall",
                    database, bootstrap, topics.prefix(), "30", "25");
            try {
                Await.until(() -> output(firstOutput).contains(PublishingNode.STALLED) || !first.isAlive(),
                        () -> "the first node stalls mid-transaction; its output: " + output(firstOutput));
                assertThat(first.isAlive()).as(output(firstOutput)).isTrue();
            } finally {
                first.destroyForcibly();
                first.waitFor(30, TimeUnit.SECONDS);
            }
            int seenUncommitted = TestKafka.records(bootstrap, topics.events(), "read_uncommitted").size();
            assertThat(seenUncommitted).isEqualTo(25);
            assertThat(TestKafka.records(bootstrap, topics.events(), "read_committed")).hasSize(20);

            Path secondOutput = work.resolve("second.log");
            Process second = ChildJvm.start(PublishingNode.class, secondOutput, CHILD_OPTIONS, "publish", database,
                    bootstrap, topics.prefix());
            assertThat(second.waitFor(Await.PATIENCE.toSeconds(), TimeUnit.SECONDS)).as(output(secondOutput))
                    .isTrue();
            assertThat(second.exitValue()).as(output(secondOutput)).isZero();

            List<TrackedEventMessage<?>> log;
            try (CognitoRuntime reader = CognitoRuntime.builder()
                    .storage(JdbcStorageModule.forH2(Path.of(database)).build()).build()) {
                log = Scenario.eventLog(reader);
            }
            assertThat(log).hasSizeGreaterThan(90);
            assertThat(output(secondOutput)).contains(PublishingNode.CAUGHT_UP + " " + (log.size() - 20));
            List<ConsumerRecord<String, byte[]>> committed = TestKafka.records(bootstrap, topics.events(),
                    "read_committed");
            assertThat(committed).extracting(r -> EventHeaders.text(r.headers(), EventHeaders.EVENT_ID))
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(log.stream().map(TrackedEventMessage::getIdentifier)
                            .toList());
            assertPerAggregateOrder(committed);
            assertThat(TestKafka.records(bootstrap, topics.events(), "read_uncommitted"))
                    .hasSize(committed.size() + 5);
        }
    }

    static void assertPerAggregateOrder(List<ConsumerRecord<String, byte[]>> records) {
        Map<String, List<Long>> sequences = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            sequences.computeIfAbsent(record.key(), k -> new ArrayList<>())
                    .add(Long.parseLong(EventHeaders.text(record.headers(), EventHeaders.SEQUENCE_NUMBER)));
        }
        sequences.forEach((aggregate, numbers) -> {
            List<Long> expected = new ArrayList<>();
            for (long i = 0; i < numbers.size(); i++) {
                expected.add(i);
            }
            assertThat(numbers).as("sequence numbers of %s in partition order", aggregate)
                    .containsExactlyElementsOf(expected);
        });
    }

    private static String output(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
