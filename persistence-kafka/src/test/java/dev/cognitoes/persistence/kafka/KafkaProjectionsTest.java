package dev.cognitoes.persistence.kafka;

import static dev.cognitoes.persistence.kafka.projection.LifecycleStep.CODE_SENT;
import static dev.cognitoes.persistence.kafka.projection.LifecycleStep.CONFIRMED;
import static dev.cognitoes.persistence.kafka.projection.LifecycleStep.DELETED;
import static dev.cognitoes.persistence.kafka.projection.LifecycleStep.PASSWORD_CHANGED;
import static dev.cognitoes.persistence.kafka.projection.LifecycleStep.PASSWORD_RESET_CODE_SENT;
import static dev.cognitoes.persistence.kafka.projection.LifecycleStep.SIGNED_UP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cognitoes.persistence.kafka.projection.EventLogProjection;
import dev.cognitoes.persistence.kafka.projection.HistoryEntry;
import dev.cognitoes.persistence.kafka.projection.KafkaProjectionRunner;
import dev.cognitoes.persistence.kafka.projection.ProjectionCheckpoints;
import dev.cognitoes.persistence.kafka.projection.ReadModelComparison;
import dev.cognitoes.persistence.kafka.projection.ServerUsers;
import dev.cognitoes.persistence.kafka.projection.SignUpFunnel;
import dev.cognitoes.persistence.kafka.projection.SignUpHistory;
import dev.cognitoes.persistence.kafka.projection.UserHistory;
import dev.cognitoes.user.api.AdminGetUserQuery;
import dev.cognitoes.user.api.UserView;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@DisplayName("Projections fed by the events topic")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KafkaProjectionsTest {

    private final EventTopics topics = TestKafka.freshTopics();
    private Scenario scenario;
    private KafkaEventLogPublisher publisher;

    @BeforeAll
    void publishStory() {
        scenario = new Scenario().withPool("shop");
        publisher = KafkaEventLogPublisher.builder().runtime(scenario.runtime)
                .bootstrapServers(TestKafka.bootstrapServers()).topics(topics).partitions(3).build();
        publisher.start();
        for (String name : List.of("ada", "bob", "cy", "dee")) {
            scenario.signUp(name);
        }
        scenario.confirm("ada");
        scenario.confirm("bob");
        scenario.resetPassword("ada");
        scenario.delete("bob");
        Await.caughtUp(publisher);
    }

    @AfterAll
    void close() {
        publisher.close();
        scenario.close();
    }

    private KafkaProjectionRunner runner(String name, EventLogProjection projection, ProjectionCheckpoints saved) {
        return KafkaProjectionRunner.builder().bootstrapServers(TestKafka.bootstrapServers()).topics(topics)
                .projection(name, projection).checkpoints(saved).checkpointInterval(Duration.ZERO).build();
    }

    private <P extends EventLogProjection> P rebuilt(P projection) {
        try (KafkaProjectionRunner runner = runner("p", projection, ProjectionCheckpoints.inMemory())) {
            runner.start();
            assertThat(runner.awaitCaughtUp(Await.PATIENCE)).isTrue();
        }
        return projection;
    }

    private UserView serverView(String username) {
        return scenario.runtime.query(new AdminGetUserQuery(scenario.pool.id(), username));
    }

    @Nested
    @DisplayName("the sign-up history")
    class History {

        @Test
        @DisplayName("lists every step of a user with its time, in order")
        void everyStep() {
            SignUpHistory history = rebuilt(new SignUpHistory());
            UserHistory ada = history.user(scenario.pool.id(), "ada", Instant.now()).orElseThrow();
            assertThat(ada.sub()).isEqualTo(serverView("ada").sub());
            assertThat(ada.entries()).extracting(HistoryEntry::step)
                    .containsExactly(SIGNED_UP, CODE_SENT, CONFIRMED, PASSWORD_RESET_CODE_SENT, PASSWORD_CHANGED);
            assertThat(ada.entries()).extracting(HistoryEntry::at).isSorted();
            assertThat(ada.status()).isEqualTo("CONFIRMED");
            assertThat(history.user(scenario.pool.id(), "bob", Instant.now()).orElseThrow().entries())
                    .extracting(HistoryEntry::step).containsExactly(SIGNED_UP, CODE_SENT, CONFIRMED, DELETED);
        }

        @Test
        @DisplayName("answers as of a past instant with the steps and status the user had then")
        void asOf() {
            SignUpHistory history = rebuilt(new SignUpHistory());
            UserHistory now = history.user(scenario.pool.id(), "ada", Instant.now()).orElseThrow();
            Instant justBeforeConfirmation = now.entries().get(2).at().minusNanos(1);
            UserHistory then = history.user(scenario.pool.id(), "ada", justBeforeConfirmation).orElseThrow();
            assertThat(then.entries()).extracting(HistoryEntry::step).containsExactly(SIGNED_UP, CODE_SENT);
            assertThat(then.status()).isEqualTo("UNCONFIRMED");
            assertThat(history.user(scenario.pool.id(), "ada", now.entries().get(0).at().minusNanos(1))).isEmpty();
        }

        @Test
        @DisplayName("agrees with the server's read model on every user, status and name")
        void matchesServer() {
            SignUpHistory history = rebuilt(new SignUpHistory());
            assertThat(ReadModelComparison.differences(scenario.pool.id(), history,
                    ServerUsers.of(scenario.runtime))).isEmpty();
            assertThat(history.currentUsers(scenario.pool.id())).extracting(UserHistory::username)
                    .containsExactly("ada", "cy", "dee");
        }
    }

    @Nested
    @DisplayName("the funnel")
    class Funnel {

        @Test
        @DisplayName("counts the day's sign-ups and confirmations of the pool")
        void counts() {
            SignUpFunnel funnel = rebuilt(new SignUpFunnel());
            LocalDate today = LocalDate.ofInstant(serverView("ada").createDate(), ZoneOffset.UTC);
            assertThat(funnel.days(scenario.pool.id())).singleElement().satisfies(day -> {
                assertThat(day.day()).isEqualTo(today);
                assertThat(day.signUps()).isEqualTo(4);
                assertThat(day.confirmations()).isEqualTo(2);
                assertThat(day.firstSignIns()).isZero();
            });
        }
    }

    @Nested
    @DisplayName("a projection's runner")
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Runner {

        private final EventTopics ownTopics = TestKafka.freshTopics();
        private Scenario own;
        private KafkaEventLogPublisher ownPublisher;

        @BeforeAll
        void publishOwnStory() {
            own = new Scenario().withPool("own");
            ownPublisher = KafkaEventLogPublisher.builder().runtime(own.runtime)
                    .bootstrapServers(TestKafka.bootstrapServers()).topics(ownTopics).build();
            ownPublisher.start();
            own.signUp("ada");
            own.confirm("ada");
            own.signUp("dee");
            Await.caughtUp(ownPublisher);
        }

        @AfterAll
        void closeOwn() {
            ownPublisher.close();
            own.close();
        }

        private KafkaProjectionRunner runner(String name, EventLogProjection projection,
                                            ProjectionCheckpoints saved) {
            return KafkaProjectionRunner.builder().bootstrapServers(TestKafka.bootstrapServers()).topics(ownTopics)
                    .projection(name, projection).checkpoints(saved).checkpointInterval(Duration.ZERO).build();
        }

        @Test
        @DisplayName("resumes from its saved checkpoint and applies later events once")
        void resumes() {
            ProjectionCheckpoints saved = ProjectionCheckpoints.inDirectory(
                    Path.of("target", "checkpoints", UUID.randomUUID().toString()));
            try (KafkaProjectionRunner first = runner("history", new SignUpHistory(), saved)) {
                first.start();
                assertThat(first.awaitCaughtUp(Await.PATIENCE)).isTrue();
            }
            own.signUp("eve");
            Await.caughtUp(ownPublisher);
            SignUpHistory restored = new SignUpHistory();
            try (KafkaProjectionRunner second = runner("history", restored, saved)) {
                second.start();
                assertThat(second.awaitCaughtUp(Await.PATIENCE)).isTrue();
            }
            assertThat(restored.user(own.pool.id(), "ada", Instant.now()).orElseThrow().entries()).hasSize(3);
            assertThat(restored.user(own.pool.id(), "eve", Instant.now()).orElseThrow().entries())
                    .extracting(HistoryEntry::step).containsExactly(SIGNED_UP, CODE_SENT);
            assertThat(ReadModelComparison.differences(own.pool.id(), restored,
                    ServerUsers.of(own.runtime))).isEmpty();
        }

        @Test
        @DisplayName("replays from the beginning on demand, into the same model")
        void replays() {
            SignUpHistory history = new SignUpHistory();
            try (KafkaProjectionRunner runner = runner("history", history, ProjectionCheckpoints.inMemory())) {
                runner.start();
                assertThat(runner.awaitCaughtUp(Await.PATIENCE)).isTrue();
                String before = history.state().toString();
                runner.replayFromBeginning();
                assertThat(runner.awaitCaughtUp(Await.PATIENCE)).isTrue();
                assertThat(history.state().toString()).isEqualTo(before);
            }
        }

        @Test
        @DisplayName("a difference with the server is reported when the server changed what Kafka has not seen")
        void reportsDifference() {
            SignUpHistory history = new SignUpHistory();
            try (KafkaProjectionRunner runner = runner("history", history, ProjectionCheckpoints.inMemory())) {
                runner.start();
                assertThat(runner.awaitCaughtUp(Await.PATIENCE)).isTrue();
            }
            own.confirm("dee");
            List<String> differences = ReadModelComparison.differences(own.pool.id(), history,
                    ServerUsers.of(own.runtime));
            assertThat(differences).containsExactly("user dee (" + own.runtime.query(new AdminGetUserQuery(own.pool.id(), "dee")).sub()
                    + ") is UNCONFIRMED in Kafka but CONFIRMED on the server");
            assertThat(ReadModelComparison.differences(own.pool.id(), history, ServerUsers.of(own.runtime)))
                    .hasSize(1);
        }
    }
}
