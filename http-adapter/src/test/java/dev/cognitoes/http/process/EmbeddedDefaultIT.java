package dev.cognitoes.http.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

@DisplayName("The server jar started with no storage options")
class EmbeddedDefaultIT {

    @Nested
    @DisplayName("when it is stopped and started again in the same directory")
    class Restart {

        @Test
        @DisplayName("it keeps its H2 database in ./data and finds every pool, client, user and group as it was")
        void keepsState() {
            Path workDir = Steps.workDir();
            Steps.AnnAndBob kept;
            try (ServerProcess server = ServerProcess.start(workDir, Map.of())) {
                assertThat(server.storage()).isEqualTo("H2 database in " + workDir.resolve("data"));
                kept = Steps.annAndBob(server, "kept");
                server.stop();
            }
            assertThat(workDir.resolve("data").resolve("cognito.mv.db")).isRegularFile();

            try (ServerProcess server = ServerProcess.start(workDir, Map.of())) {
                assertKept(server.sdk(), kept);
            }
        }

        @Test
        @DisplayName("killed with SIGKILL right after answering, it loses nothing it answered")
        void survivesKill() {
            Path workDir = Steps.workDir();
            String poolId;
            try (ServerProcess server = ServerProcess.start(workDir, Map.of())) {
                poolId = Steps.createPool(server.sdk(), "kept");
                Steps.signUp(server.sdk(), Steps.createClient(server.sdk(), poolId), "ann");
                server.kill();
            }

            try (ServerProcess server = ServerProcess.start(workDir, Map.of())) {
                assertThat(server.sdk().adminGetUser(r -> r.userPoolId(poolId).username("ann")).userStatus())
                        .isEqualTo(UserStatusType.UNCONFIRMED);
            }
        }

        @Test
        @DisplayName("rebuild-read-models replays its log, prints the row counts and repairs damaged read models")
        void rebuildsReadModels() throws Exception {
            Path workDir = Steps.workDir();
            Steps.AnnAndBob kept;
            try (ServerProcess server = ServerProcess.start(workDir, Map.of())) {
                kept = Steps.annAndBob(server, "kept");
                server.stop();
            }

            try (Connection h2 = DriverManager.getConnection("jdbc:h2:file:" + workDir.resolve("data")
                    .resolve("cognito"), "", ""); Statement damage = h2.createStatement()) {
                damage.execute("UPDATE cognito_user SET view_json = REPLACE(view_json, '\"CONFIRMED\"',"
                        + " '\"UNCONFIRMED\"')");
                damage.execute("DELETE FROM cognito_group_member");
            }

            ServerProcess.Finished rebuild = ServerProcess.run(workDir, Map.of(), "rebuild-read-models");

            assertThat(rebuild.exitCode()).as(rebuild.output()).isZero();
            assertThat(rebuild.output()).contains("Rebuilt the read models of H2 database in "
                            + workDir.resolve("data"))
                    .containsPattern("cognito_user +2 +2")
                    .containsPattern("cognito_group_member +0 +1");
            try (ServerProcess server = ServerProcess.start(workDir, Map.of())) {
                assertKept(server.sdk(), kept);
            }
        }
    }

    private static void assertKept(CognitoIdentityProviderClient cognito, Steps.AnnAndBob kept) {
        String poolId = kept.poolId();
        String clientId = kept.clientId();
        assertThat(cognito.describeUserPool(r -> r.userPoolId(poolId)).userPool().name()).isEqualTo("kept");
        assertThat(cognito.describeUserPoolClient(r -> r.userPoolId(poolId).clientId(clientId)).userPoolClient()
                .clientName()).isEqualTo("web");
        assertThat(cognito.listUsers(r -> r.userPoolId(poolId)).users())
                .extracting(UserType::username, UserType::userStatus)
                .containsExactlyInAnyOrder(tuple("ann", UserStatusType.CONFIRMED),
                        tuple("bob", UserStatusType.UNCONFIRMED));
        assertThat(cognito.adminListGroupsForUser(r -> r.userPoolId(poolId).username("ann")).groups())
                .extracting(GroupType::groupName).containsExactly("admins");
    }
}
