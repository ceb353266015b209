package dev.cognitoes.auth.srp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cognitoes.auth.SecretHash;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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
