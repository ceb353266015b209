package dev.cognitoes.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cognitoes.client.api.AppClientSettings;
import dev.cognitoes.client.api.AppClientView;
import dev.cognitoes.client.api.DeleteUserPoolClientCommand;
import dev.cognitoes.client.api.DescribeUserPoolClientQuery;
import dev.cognitoes.client.api.UpdateUserPoolClientCommand;
import dev.cognitoes.persistence.jdbc.TestDatabases.TestDatabase;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.testkit.Race;
import dev.cognitoes.user.api.ListUsersQuery;
import dev.cognitoes.userpool.api.DeleteUserPoolCommand;
import dev.cognitoes.userpool.api.DescribeUserPoolQuery;
import dev.cognitoes.userpool.api.UpdateUserPoolCommand;
import dev.cognitoes.userpool.api.UserPoolView;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PostgresTwoNodesTest {

    static final int CONTENDERS = 50;

    private TestDatabase database;
    private Scenario nodeA;
    private Scenario nodeB;
    private UserPoolView pool;
    private AppClientView web;

    @BeforeEach
    void startTwoNodes() {
        database = TestDatabases.postgres();
        nodeA = new Scenario(database.builder().build());
        nodeB = new Scenario(database.builder().build());
        pool = nodeA.createPool("shared");
        web = nodeA.createClient(pool, "web", true);
    }

    @AfterEach
    void stopNodes() {
        nodeA.close();
        nodeB.close();
    }

    @Nested
    @DisplayName("when two runtimes share one PostgreSQL database")
    class Shared {

        @Test
        @DisplayName("each reads what the other wrote, secrets included: both hold the one master key")
        void shareState() {
            assertThat(nodeB.runtime.query(new DescribeUserPoolQuery(pool.id()))).isEqualTo(pool);
            assertThat(nodeB.runtime.query(new DescribeUserPoolClientQuery(pool.id(), web.clientId())).clientSecret())
                    .isPresent().isEqualTo(web.clientSecret());
            assertThat(database.count("SELECT COUNT(*) FROM cognito_key")).isEqualTo(1);
        }

        @Test
        @DisplayName("a pool one changes or deletes is changed or gone at the other's next request")
        void seePoolChanges() {
            assertThat(nodeB.runtime.query(new DescribeUserPoolQuery(pool.id()))).isEqualTo(pool);

            UserPoolView changed = nodeA.runtime.send(new UpdateUserPoolCommand(pool.id(),
                    pool.settings().withAutoVerifiedAttributes(Set.of("email"))));

            assertThat(nodeB.runtime.query(new DescribeUserPoolQuery(pool.id()))).isEqualTo(changed)
                    .isNotEqualTo(pool);

            nodeA.runtime.send(new DeleteUserPoolCommand(pool.id()));

            assertThatThrownBy(() -> nodeB.runtime.query(new DescribeUserPoolQuery(pool.id())))
                    .isInstanceOfSatisfying(CognitoException.class,
                            e -> assertThat(e.error()).isEqualTo(CognitoError.RESOURCE_NOT_FOUND));
        }

        @Test
        @DisplayName("an app client one changes or deletes is changed or gone at the other's next request")
        void seeClientChanges() {
            DescribeUserPoolClientQuery describe = new DescribeUserPoolClientQuery(pool.id(), web.clientId());
            assertThat(nodeB.runtime.query(describe)).isEqualTo(web);

            AppClientView renamed = nodeA.runtime.send(new UpdateUserPoolClientCommand(pool.id(), web.clientId(),
                    AppClientSettings.defaults("renamed")));

            assertThat(nodeB.runtime.query(describe)).isEqualTo(renamed).isNotEqualTo(web);

            nodeA.runtime.send(new DeleteUserPoolClientCommand(pool.id(), web.clientId()));

            assertThatThrownBy(() -> nodeB.runtime.query(describe))
                    .isInstanceOfSatisfying(CognitoException.class,
                            e -> assertThat(e.error()).isEqualTo(CognitoError.RESOURCE_NOT_FOUND));
        }
    }

    @Nested
    @DisplayName("when 50 users sign up with one username at once, half through each runtime")
    class SameUsername {

        @Test
        @DisplayName("exactly one succeeds and 49 are told the user exists")
        void grantsTheNameOnce() throws Exception {
            AppClientView client = nodeA.createClient(pool, "open", false);
            List<String> outcomes = Race.run(CONTENDERS, Duration.ofSeconds(120), i -> {
                Scenario node = i % 2 == 0 ? nodeA : nodeB;
                return () -> {
                    try {
                        node.signUp(client, "jane");
                        return "ok";
                    } catch (CognitoException e) {
                        return e.toString();
                    }
                };
            });

            assertThat(outcomes).filteredOn("ok"::equals).hasSize(1);
            assertThat(outcomes).filteredOn(o -> !o.equals("ok")).hasSize(CONTENDERS - 1)
                    .containsOnly(CognitoError.USERNAME_EXISTS.awsName() + ": User already exists");
            assertThat(nodeA.runtime.query(ListUsersQuery.firstPage(pool.id())).users()).hasSize(1);
            assertThat(nodeB.runtime.query(ListUsersQuery.firstPage(pool.id())).users()).hasSize(1);
            assertThat(database.count("SELECT COUNT(*) FROM domainevententry WHERE payloadtype LIKE '%UserSignedUpEvent'"))
                    .isEqualTo(1);
        }
    }
}
