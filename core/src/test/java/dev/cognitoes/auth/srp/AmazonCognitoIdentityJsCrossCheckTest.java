package dev.cognitoes.auth.srp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cognitoes.auth.SecretHash;
import dev.cognitoes.auth.TestKeys;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("cognito-es agrees with amazon-cognito-identity-js " + AmazonCognitoIdentityJs.VERSION + " run under node")
class AmazonCognitoIdentityJsCrossCheckTest {

    private final CognitoPasswordVerifierFactory factory = new CognitoPasswordVerifierFactory();

    @Test
    void the_pinned_version_ran() {
        assertThat(AmazonCognitoIdentityJs.reference().path("library").asText())
                .isEqualTo(AmazonCognitoIdentityJs.VERSION);
    }

    @Test
    void on_the_group() {
        JsonNode reference = AmazonCognitoIdentityJs.reference();

        assertThat(SrpHex.fromHex(reference.path("N").asText())).isEqualTo(SrpGroup.N);
        assertThat(SrpHex.fromHex(reference.path("g").asText())).isEqualTo(SrpGroup.G);
        assertThat(SrpHex.fromHex(reference.path("k").asText())).isEqualTo(SrpGroup.K);
    }

    @Nested
    @DisplayName("when it derives a verifier from a salt, a group key as pool id suffix, a user name and a password")
    class Verifiers {

        @ParameterizedTest(name = "salt {0}")
        @MethodSource("dev.cognitoes.auth.srp.AmazonCognitoIdentityJsCrossCheckTest#verifierRuns")
        void cognito_es_derives_the_same_salt_and_verifier(String salt, JsonNode run) {
            String userPoolId = "us-east-1_" + run.path("groupKey").asText();
            String username = run.path("username").asText();
            String password = run.path("password").asText();

            PasswordVerifier ours = factory.create(userPoolId, username, password, HexFormat.of().parseHex(salt));

            assertThat(ours).isEqualTo(new PasswordVerifier(salt, run.path("verifier").asText()));
        }

        @ParameterizedTest(name = "salt {0}")
        @MethodSource("dev.cognitoes.auth.srp.AmazonCognitoIdentityJsCrossCheckTest#verifierRuns")
        void cognito_es_accepts_the_password_behind_its_verifier_and_no_other(String salt, JsonNode run) {
            PasswordVerifier theirs = new PasswordVerifier(salt, run.path("verifier").asText());
            String userPoolId = "us-east-1_" + run.path("groupKey").asText();
            String username = run.path("username").asText();
            String password = run.path("password").asText();

            assertThat(factory.matches(theirs, userPoolId, username, password)).isTrue();
            assertThat(factory.matches(theirs, userPoolId, username, password + "x")).isFalse();
        }

        @Test
        void the_runs_cover_salts_with_and_without_the_top_bit_set() {
            List<String> salts = verifierRuns().map(arguments -> (String) arguments[0]).toList();

            assertThat(salts).hasSize(2 * AmazonCognitoIdentityJs.RUNS_PER_SALT_KIND);
            assertThat(salts).filteredOn(salt -> salt.startsWith("00"))
                    .hasSize(AmazonCognitoIdentityJs.RUNS_PER_SALT_KIND);
            assertThat(salts).filteredOn(salt -> !salt.startsWith("00"))
                    .hasSize(AmazonCognitoIdentityJs.RUNS_PER_SALT_KIND);
        }
    }

    @Nested
    @DisplayName("when node's crypto computes a SecretHash")
    class SecretHashes {

        @ParameterizedTest(name = "user {0}")
        @MethodSource("dev.cognitoes.auth.srp.AmazonCognitoIdentityJsCrossCheckTest#secretHashRuns")
        void cognito_es_computes_and_accepts_the_same(String username, JsonNode run) {
            String clientSecret = run.path("clientSecret").asText();
            String clientId = run.path("clientId").asText();
            String expected = run.path("secretHash").asText();

            assertThat(SecretHash.compute(clientSecret, username, clientId)).isEqualTo(expected);
            assertThat(SecretHash.matches(clientSecret, username, clientId, expected)).isTrue();
        }
    }

    @Nested
    @DisplayName("when its CognitoUser.authenticateUser signs in with USER_SRP_AUTH against SrpServer")
    class SignIn {

        private static final String POOL = "eu-central-1_Xy7Zq9Ab1";
        private static final String CLIENT_ID = "5m0fq1vbl2s8c7h6c1bq3cnd2a";
        private static final String PASSWORD = "Correct-Horse-9 ünïcödé";

        private final SrpServer server = new SrpServer(TestKeys.randomMasterKey(), Clock.systemUTC());

        @ParameterizedTest(name = "run {0}")
        @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
        void the_right_password_signs_in(int run) {
            String userIdForSrp = "7d1f3c2e-8a4b-4c5d-9e6f-" + String.format("%012d", run);
            PasswordVerifier verifier = factory.create(POOL, userIdForSrp, PASSWORD);

            SignInResult result = signIn("alice@example.com", userIdForSrp, verifier, PASSWORD);

            assertThat(result.verification()).isEqualTo(SrpVerification.VERIFIED);
            assertThat(result.outcome().path("outcome").asText()).isEqualTo("onSuccess");
        }

        @Test
        void a_user_name_outside_ascii_signs_in() {
            PasswordVerifier verifier = factory.create(POOL, "jörg.müller", PASSWORD);

            SignInResult result = signIn("jörg.müller", "jörg.müller", verifier, PASSWORD);

            assertThat(result.verification()).isEqualTo(SrpVerification.VERIFIED);
        }

        @Test
        void a_wrong_password_is_refused() {
            PasswordVerifier verifier = factory.create(POOL, "bob", PASSWORD);

            SignInResult result = signIn("bob", "bob", verifier, PASSWORD + "!");

            assertThat(result.verification()).isEqualTo(SrpVerification.WRONG_PASSWORD);
            assertThat(result.outcome().path("outcome").asText()).isEqualTo("onFailure");
            assertThat(result.outcome().path("code").asText()).isEqualTo("NotAuthorizedException");
        }

        @Test
        void the_library_sends_what_the_server_expects() {
            PasswordVerifier verifier = factory.create(POOL, "carol", PASSWORD);
            try (CognitoUserSignIn signIn = CognitoUserSignIn.start(POOL, CLIENT_ID, "carol", PASSWORD)) {
                JsonNode initiate = signIn.nextRequest();
                SrpChallenge challenge = server.begin(POOL, "carol", verifier,
                        initiate.at("/params/AuthParameters/SRP_A").asText());
                signIn.reply(Map.of("ChallengeName", "PASSWORD_VERIFIER",
                        "ChallengeParameters", challenge.challengeParameters()));
                JsonNode respond = signIn.nextRequest();

                assertThat(initiate.path("operation").asText()).isEqualTo("InitiateAuth");
                assertThat(initiate.at("/params/AuthFlow").asText()).isEqualTo("USER_SRP_AUTH");
                assertThat(initiate.at("/params/ClientId").asText()).isEqualTo(CLIENT_ID);
                assertThat(respond.path("operation").asText()).isEqualTo("RespondToAuthChallenge");
                assertThat(respond.at("/params/ChallengeName").asText()).isEqualTo("PASSWORD_VERIFIER");
                JsonNode responses = respond.at("/params/ChallengeResponses");
                assertThat(responses.path("USERNAME").asText()).isEqualTo("carol");
                assertThat(responses.path("PASSWORD_CLAIM_SECRET_BLOCK").asText())
                        .isEqualTo(challenge.secretBlock());
                assertThat(responses.path("TIMESTAMP").asText())
                        .matches("(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                                + " [1-9][0-9]? [0-2][0-9]:[0-5][0-9]:[0-5][0-9] UTC [0-9]{4}");
            }
        }

        private SignInResult signIn(String username, String userIdForSrp, PasswordVerifier verifier,
                String password) {
            try (CognitoUserSignIn signIn = CognitoUserSignIn.start(POOL, CLIENT_ID, username, password)) {
                JsonNode initiate = signIn.nextRequest();
                SrpChallenge challenge = server.begin(POOL, userIdForSrp, verifier,
                        initiate.at("/params/AuthParameters/SRP_A").asText());
                signIn.reply(Map.of("ChallengeName", "PASSWORD_VERIFIER",
                        "ChallengeParameters", challenge.challengeParameters(), "Session", "session"));
                JsonNode responses = signIn.nextRequest().at("/params/ChallengeResponses");
                SrpVerification verification = server.verify(POOL, userIdForSrp, verifier, new SrpResponse(
                        responses.path("PASSWORD_CLAIM_SECRET_BLOCK").asText(),
                        responses.path("PASSWORD_CLAIM_SIGNATURE").asText(),
                        responses.path("TIMESTAMP").asText()));
                if (verification.verified()) {
                    signIn.reply(Map.of("AuthenticationResult", Map.of("IdToken", STAND_IN_JWT,
                            "AccessToken", STAND_IN_JWT, "RefreshToken", "refresh", "ExpiresIn", 3600,
                            "TokenType", "Bearer")));
                } else {
                    signIn.fail("NotAuthorizedException", "Incorrect username or password.");
                }
                return new SignInResult(verification, signIn.outcome());
            }
        }
    }

    private static final String STAND_IN_JWT = "e30.e30.c2lnbmF0dXJl";

    private record SignInResult(SrpVerification verification, JsonNode outcome) {
    }

    static Stream<Object[]> verifierRuns() {
        return runs("verifiers").map(run -> new Object[] {run.path("salt").asText(), run});
    }

    static Stream<Object[]> secretHashRuns() {
        return runs("secretHashes").map(run -> new Object[] {run.path("username").asText(), run});
    }

    private static Stream<JsonNode> runs(String field) {
        return StreamSupport.stream(AmazonCognitoIdentityJs.reference().path(field).spliterator(), false);
    }
}
