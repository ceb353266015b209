package dev.cognitoes.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cognitoes.client.api.AppClientSettings;
import dev.cognitoes.client.api.AppClientView;
import dev.cognitoes.client.api.CreateUserPoolClientCommand;
import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.http.CognitoServerMain.Options;
import dev.cognitoes.http.server.CognitoServer;
import dev.cognitoes.persistence.kafka.KafkaEventLogPublisher;
import dev.cognitoes.persistence.kafka.PublisherStatus;
import dev.cognitoes.persistence.kafka.ReplayCommand;
import dev.cognitoes.user.api.ConfirmSignUpCommand;
import dev.cognitoes.user.api.SignUpCommand;
import dev.cognitoes.userpool.api.CreateUserPoolCommand;
import dev.cognitoes.userpool.api.SignInSettings;
import dev.cognitoes.userpool.api.UserPoolSettings;
import dev.cognitoes.userpool.api.UserPoolView;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@DisplayName("The server publishing to Kafka, and the replay command")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KafkaReplayTest {

    private static final String PREFIX = "replay-test";

    private KafkaClusterTestKit kafka;
    private CognitoServer server;
    private KafkaEventLogPublisher publisher;
    private UserPoolView pool;
    private Instant beforeConfirmation;

    @BeforeAll
    void startServerPublishingToKafka() throws Exception {
        kafka = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1)
                .setNumControllerNodes(1)
                .setBaseDirectory(Path.of("target", "kafka", UUID.randomUUID().toString()).toAbsolutePath()).build())
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("offsets.topic.replication.factor", "1").build();
        kafka.format();
        kafka.startup();
        kafka.waitForReadyBrokers();
        Options options = Options.parse(Map.of("COGNITO_ES_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers()),
                "--port", "0", "--kafka-topic-prefix", PREFIX);
        server = CognitoServerMain.start(options);
        publisher = CognitoServerMain.publishToKafka(server, options);

        CognitoRuntime cognito = server.runtime();
        pool = cognito.send(new CreateUserPoolCommand("eu-west-1", SignInSettings.DEFAULT, List.of(),
                UserPoolSettings.defaults("shop").withAutoVerifiedAttributes(Set.of("email"))));
        AppClientView client = cognito.send(new CreateUserPoolClientCommand(pool.id(),
                AppClientSettings.defaults("web"), false, null));
        for (String name : List.of("jane", "joe")) {
            cognito.send(new SignUpCommand(client.clientId(), null, name, "Correct-Horse-1",
                    Map.of("email", name + "@example.com")));
        }
        Thread.sleep(5);
        beforeConfirmation = Instant.now();
        Thread.sleep(5);
        String code = server.outbox().messagesFor(pool.id(), "jane").get(0).code();
        cognito.send(new ConfirmSignUpCommand(client.clientId(), null, "jane", code, false));
        awaitPublished();
    }

    private void awaitPublished() throws InterruptedException {
        for (int i = 0; i < 1800; i++) {
            PublisherStatus status = publisher.status();
            if (status.connected() && status.behind() == 0 && status.lastCommitAt() != null) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the publisher never caught up: " + publisher.status());
    }

    @AfterAll
    void stop() throws Exception {
        publisher.close();
        server.close();
        kafka.close();
    }

    private record Run(int exit, String out, String err) {
    }

    private Run replay(String... args) {
        List<String> all = new ArrayList<>(List.of("--kafka-bootstrap-servers", kafka.bootstrapServers(),
                "--kafka-topic-prefix", PREFIX, "--user-pool", pool.id()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ReplayCommand.run(all, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Nested
    @DisplayName("replay")
    class Replay {

        @Test
        @DisplayName("prints a user's sign-up history from Kafka alone")
        void history() {
            Run run = replay("--user", "jane");
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).contains("User jane (sub ").contains(": CONFIRMED")
                    .containsSubsequence("SIGNED_UP", "CODE_SENT", "CONFIRMED");
        }

        @Test
        @DisplayName("prints the history as it stood at an earlier instant")
        void asOf() {
            Run run = replay("--user", "jane", "--as-of", beforeConfirmation.toString());
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).contains(": UNCONFIRMED").contains("CODE_SENT").doesNotContain("  CONFIRMED");
        }

        @Test
        @DisplayName("prints every user of the pool and the daily funnel")
        void wholePool() {
            Run run = replay();
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).contains(": 2 users").contains("User jane").contains("User joe")
                    .containsPattern("\\d{4}-\\d{2}-\\d{2}  2  1  0");
        }

        @Test
        @DisplayName("--verify finds no difference between Kafka and the server's read model")
        void verify() {
            Run run = replay("--verify", "--endpoint", server.baseUri().toString());
            assertThat(run.exit()).as(run.out() + run.err()).isZero();
            assertThat(run.out()).contains("Kafka and the server agree on the 2 users of " + pool.id());
        }

        @Test
        @DisplayName("names a user it does not know, and refuses a command line without a pool")
        void refusals() {
            Run unknown = replay("--user", "nobody");
            assertThat(unknown.exit()).isEqualTo(1);
            assertThat(unknown.err()).contains("no user nobody in " + pool.id());
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = ReplayCommand.run(List.of("--kafka-bootstrap-servers", "k:9092"), Map.of(),
                    new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(exit).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("--user-pool is required");
        }
    }

    @Nested
    @DisplayName("the server's Kafka options")
    class ServerOptions {

        @Test
        @DisplayName("come from the command line or the environment, and publishing is off without them")
        void options() {
            assertThat(Options.parse().kafkaBootstrapServers).isNull();
            assertThat(Options.parse("--kafka-bootstrap-servers", "k:9092").kafkaBootstrapServers)
                    .isEqualTo("k:9092");
            assertThat(Options.parse(Map.of("COGNITO_ES_KAFKA_BOOTSTRAP_SERVERS", "env:9092",
                    "COGNITO_ES_KAFKA_TOPIC_PREFIX", "acme")).kafkaTopics.events()).isEqualTo("acme.events");
            assertThat(Options.parse("--kafka-topic-prefix=auth").kafkaTopics.positions())
                    .isEqualTo("auth.positions");
        }
    }
}
