package dev.cognitoes.http.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cognitoes.http.process.TestPostgres.Database;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

@DisplayName("The server jar on PostgreSQL databases of every schema version")
class SchemaMigrationIT {

    static final String APPLIED = "SELECT COUNT(*) FROM flyway_schema_history WHERE success";

    @Nested
    @DisplayName("when the database is empty")
    class Empty {

        @Test
        @DisplayName("it creates the whole schema and serves")
        void createsTheSchema() {
            Database database = TestPostgres.newDatabase();
            try (ServerProcess server = ServerProcess.start(Steps.workDir(), Map.of(), database.options())) {
                assertThat(server.log()).contains("Migrating schema \"public\" to version \"1 - event store\"")
                        .contains("Migrating schema \"public\" to version \"5 - view digests\"");
                String poolId = Steps.createPool(server.sdk(), "fresh");
                assertThat(server.sdk().describeUserPool(r -> r.userPoolId(poolId)).userPool().name())
                        .isEqualTo("fresh");
            }
            assertThat(database.count(APPLIED)).isEqualTo(5);
        }
    }

    @Nested
    @DisplayName("when the database was left at the previous schema (V1 to V3) with data written there")
    class PreviousSchema {

        @Test
        @DisplayName("it applies V4 and V5 only; pools, clients (secrets too), users and groups are as they were and"
                + " keep working")
        void migratesAndKeepsData() {
            Database database = TestPostgres.newDatabase();
            Path workDir = Steps.workDir();
            Steps.AnnAndBob older;
            UserPoolClientType client;
            try (ServerProcess server = ServerProcess.start(workDir, Map.of(), database.options())) {
                older = Steps.annAndBob(server, "older");
                client = server.sdk().createUserPoolClient(r -> r.userPoolId(older.poolId()).clientName("backend")
                        .generateSecret(true)).userPoolClient();
                server.stop();
            }
            String poolId = older.poolId();
            String clientId = older.clientId();
            String bobsCode = older.bobsCode();
            undoV5AndV4(database);
            assertThat(database.count(APPLIED)).isEqualTo(3);

            try (ServerProcess server = ServerProcess.start(workDir, Map.of(), database.options())) {
                String id = poolId;
                assertThat(server.log())
                        .contains("Migrating schema \"public\" to version \"4 - keys not searchable by pool alone\"")
                        .contains("Migrating schema \"public\" to version \"5 - view digests\"")
                        .doesNotContain("to version \"3 - groups\"");
                assertThat(server.sdk().describeUserPool(r -> r.userPoolId(id)).userPool().name())
                        .isEqualTo("older");
                assertThat(server.sdk().describeUserPoolClient(r -> r.userPoolId(id).clientId(client.clientId()))
                        .userPoolClient().clientSecret()).isEqualTo(client.clientSecret());
                assertThat(server.sdk().adminGetUser(r -> r.userPoolId(id).username("ann")).userStatus())
                        .isEqualTo(UserStatusType.CONFIRMED);
                assertThat(server.sdk().adminGetUser(r -> r.userPoolId(id).username("bob")).userStatus())
                        .isEqualTo(UserStatusType.UNCONFIRMED);
                assertThat(server.sdk().adminListGroupsForUser(r -> r.userPoolId(id).username("ann")).groups())
                        .extracting(GroupType::groupName).containsExactly("admins");

                Steps.confirm(server.sdk(), clientId, "bob", bobsCode);
                server.sdk().adminAddUserToGroup(r -> r.userPoolId(id).username("bob").groupName("admins"));
                server.sdk().updateUserPool(r -> r.userPoolId(id).autoVerifiedAttributesWithStrings("email"));

                assertThat(server.sdk().adminGetUser(r -> r.userPoolId(id).username("bob")).userStatus())
                        .isEqualTo(UserStatusType.CONFIRMED);
                assertThat(server.sdk().listUsersInGroup(r -> r.userPoolId(id).groupName("admins")).users())
                        .extracting(UserType::username).containsExactlyInAnyOrder("ann", "bob");
                assertThat(server.sdk().describeUserPool(r -> r.userPoolId(id)).userPool()
                        .autoVerifiedAttributesAsStrings()).containsExactly("email");
            }
            assertThat(database.count(APPLIED)).isEqualTo(5);
        }

        /** Puts back the keys of V2 and V3 and drops the digest columns, as a database left at V3 has them. */
        private static void undoV5AndV4(Database database) {
            database.execute("ALTER TABLE cognito_user_pool DROP COLUMN view_digest");
            database.execute("ALTER TABLE cognito_app_client DROP COLUMN view_digest");
            database.execute("ALTER TABLE cognito_user_name DROP CONSTRAINT cognito_user_name_pk");
            database.execute("ALTER TABLE cognito_user_name ADD CONSTRAINT cognito_user_name_pk"
                    + " PRIMARY KEY (user_pool_id, kind, normalized_name)");
            database.execute("DROP INDEX cognito_user_name_sub_ix");
            database.execute("CREATE INDEX cognito_user_name_sub_ix ON cognito_user_name (user_pool_id, sub)");
            database.execute("ALTER TABLE cognito_group_member DROP CONSTRAINT cognito_group_member_pk");
            database.execute("ALTER TABLE cognito_group_member ADD CONSTRAINT cognito_group_member_pk"
                    + " PRIMARY KEY (user_pool_id, group_name, sub)");
            database.execute("DROP INDEX cognito_group_member_sub_ix");
            database.execute("CREATE INDEX cognito_group_member_sub_ix ON cognito_group_member (user_pool_id, sub)");
            database.execute("DELETE FROM flyway_schema_history WHERE version IN ('4', '5')");
        }
    }
}
