package dev.cognitoes.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cognitoes.client.api.AppClientPage;
import dev.cognitoes.client.api.AppClientSettings;
import dev.cognitoes.client.api.AppClientView;
import dev.cognitoes.client.api.CreateUserPoolClientCommand;
import dev.cognitoes.client.api.DeleteUserPoolClientCommand;
import dev.cognitoes.client.api.DescribeUserPoolClientQuery;
import dev.cognitoes.client.api.ListUserPoolClientsQuery;
import dev.cognitoes.client.api.UpdateUserPoolClientCommand;
import dev.cognitoes.auth.signing.SigningKeyGenerator;
import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.storage.inmemory.InMemoryStorageModule;
import dev.cognitoes.testkit.FixedSigningKeys;
import dev.cognitoes.testkit.SequentialIdGenerator;
import dev.cognitoes.testkit.TestClock;
import dev.cognitoes.userpool.api.CreateUserPoolCommand;
import dev.cognitoes.userpool.api.DeleteUserPoolCommand;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AppClientRuntimeTest {

    static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");

    final TestClock clock = new TestClock(T0);
    final InMemoryStorageModule storage = new InMemoryStorageModule();
    CognitoRuntime cognito;
    String poolId;

    @BeforeEach
    void start() {
        cognito = CognitoRuntime.builder()
                .clock(clock)
                .idGenerator(new SequentialIdGenerator())
                .component(SigningKeyGenerator.class, new FixedSigningKeys())
                .storage(storage)
                .build();
        poolId = cognito.send(CreateUserPoolCommand.withDefaults("us-east-1", "pool")).id();
    }

    @AfterEach
    void stop() {
        cognito.close();
    }

    AppClientView create(String name, boolean secret) {
        return cognito.send(new CreateUserPoolClientCommand(poolId, AppClientSettings.defaults(name), secret, null));
    }

    static void assertNotFound(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CognitoException.class, e -> {
            assertThat(e.error()).isEqualTo(CognitoError.RESOURCE_NOT_FOUND);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    @Nested
    @DisplayName("when a client is created")
    class Created {

        @Test
        @DisplayName("DescribeUserPoolClient shows it, secret included, as CreateUserPoolClient answered it")
        void describes() {
            AppClientView created = create("web", true);

            assertThat(created.clientSecret()).contains(SequentialIdGenerator.clientSecret(1));
            assertThat(cognito.query(new DescribeUserPoolClientQuery(poolId, created.clientId())))
                    .isEqualTo(created);
            assertThat(storage.appClientStore().find(created.clientId()).orElseThrow().sealedSecret().ciphertext())
                    .doesNotContain(SequentialIdGenerator.clientSecret(1));
        }

        @Test
        @DisplayName("an update replaces its settings, keeps its secret and moves its modification date")
        void updates() {
            AppClientView created = create("web", true);
            clock.advance(Duration.ofSeconds(30));

            AppClientView updated = cognito.send(new UpdateUserPoolClientCommand(poolId, created.clientId(),
                    AppClientSettings.defaults("renamed")));

            assertThat(updated.settings().clientName()).isEqualTo("renamed");
            assertThat(updated.clientSecret()).isEqualTo(created.clientSecret());
            assertThat(updated.lastModifiedDate()).isEqualTo(T0.plusSeconds(30));
            assertThat(cognito.query(new DescribeUserPoolClientQuery(poolId, created.clientId())))
                    .isEqualTo(updated);
        }

        @Test
        @DisplayName("it is not found through another pool")
        void otherPool() {
            AppClientView created = create("web", false);
            String otherPool = cognito.send(CreateUserPoolCommand.withDefaults("us-east-1", "other")).id();

            assertNotFound(() -> cognito.query(new DescribeUserPoolClientQuery(otherPool, created.clientId())),
                    "User pool client " + created.clientId() + " does not exist.");
        }
    }

    @Nested
    @DisplayName("when a client is deleted")
    class Deleted {

        @Test
        @DisplayName("it is no longer described or listed")
        void isGone() {
            AppClientView kept = create("kept", false);
            AppClientView gone = create("gone", false);

            cognito.send(new DeleteUserPoolClientCommand(poolId, gone.clientId()));

            assertNotFound(() -> cognito.query(new DescribeUserPoolClientQuery(poolId, gone.clientId())),
                    "User pool client " + gone.clientId() + " does not exist.");
            assertThat(cognito.query(new ListUserPoolClientsQuery(poolId, null, null)).clients())
                    .containsExactly(kept);
        }
    }

    @Nested
    @DisplayName("when the pool is deleted")
    class PoolDeleted {

        @Test
        @DisplayName("its clients go with it")
        void cascades() {
            AppClientView client = create("web", true);

            cognito.send(new DeleteUserPoolCommand(poolId));

            String poolGone = "User pool " + poolId + " does not exist.";
            assertNotFound(() -> cognito.query(new DescribeUserPoolClientQuery(poolId, client.clientId())), poolGone);
            assertNotFound(() -> cognito.query(new ListUserPoolClientsQuery(poolId, null, null)), poolGone);
            assertNotFound(() -> cognito.send(new UpdateUserPoolClientCommand(poolId, client.clientId(),
                    client.settings())), poolGone);
            assertNotFound(() -> cognito.send(new CreateUserPoolClientCommand(poolId, client.settings(), false,
                    null)), poolGone);
            assertThat(storage.appClientStore().find(client.clientId())).isEqualTo(Optional.empty());
        }
    }

    @Nested
    @DisplayName("when clients are listed")
    class Listing {

        @Test
        @DisplayName("pages follow each other in id order through the pool's clients only")
        void pages() {
            List<String> ids = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                ids.add(create("client" + i, false).clientId());
            }
            String otherPool = cognito.send(CreateUserPoolCommand.withDefaults("us-east-1", "other")).id();
            cognito.send(new CreateUserPoolClientCommand(otherPool, AppClientSettings.defaults("x"), false, null));

            AppClientPage first = cognito.query(new ListUserPoolClientsQuery(poolId, 2, null));
            AppClientPage second = cognito.query(new ListUserPoolClientsQuery(poolId, 2, first.nextToken()));

            assertThat(first.clients()).extracting(AppClientView::clientId).containsExactly(ids.get(0), ids.get(1));
            assertThat(second.clients()).extracting(AppClientView::clientId).containsExactly(ids.get(2));
            assertThat(second.nextToken()).isNull();
        }

        @Test
        @DisplayName("a page size outside 1 to 60 is refused")
        void pageSize() {
            assertThatThrownBy(() -> cognito.query(new ListUserPoolClientsQuery(poolId, 61, null)))
                    .isInstanceOf(CognitoException.class)
                    .hasMessage("1 validation error detected: Value '61' at 'maxResults' failed to satisfy "
                            + "constraint: Member must have value less than or equal to 60");
        }

        @Test
        @DisplayName("an unknown pool is not found")
        void unknownPool() {
            assertNotFound(() -> cognito.query(new ListUserPoolClientsQuery("us-east-1_missing", null, null)),
                    "User pool us-east-1_missing does not exist.");
        }
    }
}
