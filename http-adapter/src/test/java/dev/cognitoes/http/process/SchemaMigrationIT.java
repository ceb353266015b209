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
                        .contains("Migrating schema \"public\" to version \"3 - groups\"");
                String poolId = Steps.createPool(server.sdk(), "fresh");
                assertThat(server.sdk().describeUserPool(r -> r.userPoolId(poolId)).userPool().name())
                        .isEqualTo("fresh");
            }
            assertThat(database.count(APPLIED)).isEqualTo(3);
        }
    }

    @Nested
    @DisplayName("when the database was left at the previous schema (V1 and V2) with data written there")
    class PreviousSchema {

        @Test
        @DisplayName("it applies V3 only; pools, clients (secrets too) and users are as they were; codes and groups work")
        void migratesAndKeepsData() {
            Database database = TestPostgres.newDatabase();
            Path workDir = Steps.workDir();
            String poolId;
            String clientId;
            String bobsCode;
            UserPoolClientType client;
            try (ServerProcess server = ServerProcess.start(workDir, Map.of(), database.options())) {
                poolId = Steps.createPool(server.sdk(), "older");
                clientId = Steps.createClient(server.sdk(), poolId);
                String id = poolId;
                client = server.sdk().createUserPoolClient(r -> r.userPoolId(id).clientName("backend")
                        .generateSecret(true)).userPoolClient();
                Steps.signUp(server.sdk(), clientId, "ann");
                Steps.confirm(server.sdk(), clientId, "ann", server.signUpCode(poolId, "ann"));
                Steps.signUp(server.sdk(), clientId, "bob");
                bobsCode = server.signUpCode(poolId, "bob");
                server.stop();
            }
            database.execute("DROP TABLE cognito_group_member");
            database.execute("DROP TABLE cognito_group");
            database.execute("DELETE FROM flyway_schema_history WHERE version = '3'");
            assertThat(database.count(APPLIED)).isEqualTo(2);

            try (ServerProcess server = ServerProcess.start(workDir, Map.of(), database.options())) {
                String id = poolId;
                assertThat(server.log()).contains("Migrating schema \"public\" to version \"3 - groups\"")
                        .doesNotContain("to version \"2 - read models\"");
                assertThat(server.sdk().describeUserPool(r -> r.userPoolId(id)).userPool().name())
                        .isEqualTo("older");
                assertThat(server.sdk().describeUserPoolClient(r -> r.userPoolId(id).clientId(client.clientId()))
                        .userPoolClient().clientSecret()).isEqualTo(client.clientSecret());
                assertThat(server.sdk().adminGetUser(r -> r.userPoolId(id).username("ann")).userStatus())
                        .isEqualTo(UserStatusType.CONFIRMED);
                assertThat(server.sdk().adminGetUser(r -> r.userPoolId(id).username("bob")).userStatus())
                        .isEqualTo(UserStatusType.UNCONFIRMED);

                Steps.confirm(server.sdk(), clientId, "bob", bobsCode);
                server.sdk().createGroup(r -> r.userPoolId(id).groupName("admins"));
                server.sdk().adminAddUserToGroup(r -> r.userPoolId(id).username("ann").groupName("admins"));

                assertThat(server.sdk().adminGetUser(r -> r.userPoolId(id).username("bob")).userStatus())
                        .isEqualTo(UserStatusType.CONFIRMED);
                assertThat(server.sdk().adminListGroupsForUser(r -> r.userPoolId(id).username("ann")).groups())
                        .extracting(GroupType::groupName).containsExactly("admins");
            }
            assertThat(database.count(APPLIED)).isEqualTo(3);
        }
    }
}
