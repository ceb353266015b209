package dev.cognitoes.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SecretHashTest {

    private static final String CLIENT_SECRET = "cognito-es-client-secret";
    private static final String CLIENT_ID = "1example23456789";
    private static final String ALICE_HASH = "ZoSAE5uza1vWusAyhv/IgTbTFwMAeJjQvX2d30eJ2Fk=";

    @Test
    @DisplayName("computes Base64(HMAC-SHA256(clientSecret, username + clientId)) as node and Python compute it")
    void known_answer() {
        assertThat(SecretHash.compute(CLIENT_SECRET, "alice", CLIENT_ID)).isEqualTo(ALICE_HASH);
    }

    @Nested
    @DisplayName("when a caller offers a secret hash")
    class Matching {

        @Test
        void the_right_hash_matches() {
            assertThat(SecretHash.matches(CLIENT_SECRET, "alice", CLIENT_ID, ALICE_HASH)).isTrue();
        }

        @Test
        void a_hash_made_for_another_user_client_or_secret_does_not_match() {
            assertThat(SecretHash.matches(CLIENT_SECRET, "bob", CLIENT_ID, ALICE_HASH)).isFalse();
            assertThat(SecretHash.matches(CLIENT_SECRET, "alice", "2example23456789", ALICE_HASH)).isFalse();
            assertThat(SecretHash.matches("another-secret", "alice", CLIENT_ID, ALICE_HASH)).isFalse();
        }

        @Test
        void an_altered_truncated_or_missing_hash_does_not_match() {
            assertThat(SecretHash.matches(CLIENT_SECRET, "alice", CLIENT_ID, "Y" + ALICE_HASH.substring(1))).isFalse();
            assertThat(SecretHash.matches(CLIENT_SECRET, "alice", CLIENT_ID, ALICE_HASH.substring(0, 43))).isFalse();
            assertThat(SecretHash.matches(CLIENT_SECRET, "alice", CLIENT_ID, "")).isFalse();
            assertThat(SecretHash.matches(CLIENT_SECRET, "alice", CLIENT_ID, null)).isFalse();
        }

        @Test
        void the_username_and_client_id_are_joined_without_a_separator() {
            assertThat(SecretHash.compute(CLIENT_SECRET, "alice1", "example23456789")).isEqualTo(ALICE_HASH);
        }
    }
}
