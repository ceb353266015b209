package dev.cognitoes.http.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cognitoes.http.process.TestPostgres.Database;
import dev.cognitoes.testkit.Race;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Two server processes on one PostgreSQL database, behind one issuer address")
class TwoNodesIT {

    static final int CONTENDERS = 50;
    static final String PASSWORD = "it-s3cret-password";
    static final String ISSUER_BASE = "https://auth.example.test";

    private Database database;
    private ServerProcess nodeA;
    private ServerProcess nodeB;
    private String poolId;
    private String clientId;
    private String passwordClientId;

    @BeforeAll
    void startTwoNodes() {
        database = TestPostgres.newDatabase();
        Path workDir = Steps.workDir();
        List<String> optionsA = new ArrayList<>(List.of(database.options()));
        optionsA.addAll(List.of("--issuer-base", ISSUER_BASE));
        nodeA = ServerProcess.launch(workDir, Map.of("COGNITO_ES_JDBC_PASSWORD", PASSWORD),
                optionsA.toArray(String[]::new));
        nodeB = ServerProcess.launch(workDir, Map.of("COGNITO_ES_JDBC_URL", database.url(), "COGNITO_ES_JDBC_USER",
                database.user(), "COGNITO_ES_JDBC_PASSWORD", PASSWORD), "--issuer-base", ISSUER_BASE);
        nodeA.awaitListening();
        nodeB.awaitListening();
        poolId = Steps.createPool(nodeA.sdk(), "shared");
        clientId = Steps.createClient(nodeA.sdk(), poolId);
        passwordClientId = nodeA.sdk().createUserPoolClient(r -> r.userPoolId(poolId).clientName("password")
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
                        ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)).userPoolClient().clientId();
    }

    @AfterAll
    void stopNodes() {
        nodeA.close();
        nodeB.close();
    }

    @Test
    @DisplayName("both say they keep state in that database, and neither shows its password")
    void nameTheirStorage() {
        assertThat(nodeA.storage()).isEqualTo("PostgreSQL " + database.url());
        assertThat(nodeB.storage()).isEqualTo("PostgreSQL " + database.url());
        assertThat(nodeA.log() + nodeB.log()).doesNotContain(PASSWORD);
    }

    @Nested
    @DisplayName("when 50 SignUps of one username arrive at once, spread over both")
    class SameUsername {

        @Test
        @DisplayName("exactly one succeeds and 49 are told the user exists")
        void grantsTheNameOnce() throws Exception {
            List<String> outcomes = Race.run(CONTENDERS, Duration.ofSeconds(120), i -> {
                ServerProcess node = i % 2 == 0 ? nodeA : nodeB;
                return () -> {
                    try {
                        Steps.signUp(node.sdk(), clientId, "jane");
                        return "ok";
                    } catch (CognitoIdentityProviderException refused) {
                        AwsErrorDetails details = refused.awsErrorDetails();
                        return details.errorCode() + ": " + details.errorMessage();
                    }
                };
            });

            assertThat(outcomes).filteredOn("ok"::equals).hasSize(1);
            assertThat(outcomes).filteredOn(outcome -> !outcome.equals("ok")).hasSize(CONTENDERS - 1)
                    .containsOnly("UsernameExistsException: User already exists");
            assertThat(nodeA.sdk().listUsers(r -> r.userPoolId(poolId).filter("username = \"jane\"")).users())
                    .hasSize(1);
            assertThat(nodeB.sdk().listUsers(r -> r.userPoolId(poolId).filter("username = \"jane\"")).users())
                    .hasSize(1);
        }
    }

    @Nested
    @DisplayName("when a user signs up through one node")
    class AcrossNodes {

        @Test
        @DisplayName("the other confirms the code the first sent, then both read and list the user as CONFIRMED")
        void confirmsOnTheOther() {
            Steps.signUp(nodeA.sdk(), clientId, "ann");
            String code = nodeA.signUpCode(poolId, "ann");

            Steps.confirm(nodeB.sdk(), clientId, "ann", code);

            for (ServerProcess node : List.of(nodeA, nodeB)) {
                assertThat(node.sdk().adminGetUser(r -> r.userPoolId(poolId).username("ann")).userStatus())
                        .isEqualTo(UserStatusType.CONFIRMED);
                assertThat(node.sdk().listUsers(r -> r.userPoolId(poolId).filter("username = \"ann\"")).users())
                        .extracting(UserType::userStatus).containsExactly(UserStatusType.CONFIRMED);
            }
        }

        @Test
        @DisplayName("after confirming on the first, the user signs in on the other, whose token the first accepts")
        void signsInOnTheOther() {
            Steps.signUp(nodeA.sdk(), clientId, "bea");
            Steps.confirm(nodeA.sdk(), clientId, "bea", nodeA.signUpCode(poolId, "bea"));

            AuthenticationResultType tokens = nodeB.sdk().initiateAuth(r -> r.clientId(passwordClientId)
                    .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                    .authParameters(Map.of("USERNAME", "bea", "PASSWORD", Steps.PASSWORD))).authenticationResult();

            assertThat(tokens.accessToken()).isNotBlank();
            assertThat(nodeA.sdk().getUser(r -> r.accessToken(tokens.accessToken())).username()).isEqualTo("bea");
        }
    }
}
