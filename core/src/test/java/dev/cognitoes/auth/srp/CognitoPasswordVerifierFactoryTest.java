package dev.cognitoes.auth.srp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cognitoes.auth.ScriptedRandom;
import dev.cognitoes.auth.srp.KnownVerifiers.Kat;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CognitoPasswordVerifierFactoryTest {

    private static final String POOL = "eu-west-1_AbCdEf123";
    private static final String PASSWORD = "Correct-Horse-9";
    private static final String POSITIVE_PADDED_HEX = "[0-7][0-9a-f]([0-9a-f]{2})*";

    private final CognitoPasswordVerifierFactory factory = new CognitoPasswordVerifierFactory();

    @Nested
    @DisplayName("gives the verifiers amazon-cognito-identity-js computes")
    class KnownAnswers {

        @Test
        void for_a_salt_with_the_top_bit_set() {
            assertKnownAnswer(KnownVerifiers.HIGH_BIT_SALT);
        }

        @Test
        void for_a_user_name_outside_ascii() {
            assertKnownAnswer(KnownVerifiers.NON_ASCII_USERNAME);
        }

        @Test
        void for_a_salt_starting_with_a_zero_byte() {
            assertKnownAnswer(KnownVerifiers.SHORT_SALT);
        }

        @Test
        void when_the_salt_is_drawn_by_the_factory() {
            Kat kat = KnownVerifiers.NON_ASCII_USERNAME;
            CognitoPasswordVerifierFactory pinned = new CognitoPasswordVerifierFactory(new ScriptedRandom(kat.salt()));

            assertThat(pinned.create(kat.userPoolId(), kat.username(), kat.password()))
                    .isEqualTo(kat.passwordVerifier());
        }

        private void assertKnownAnswer(Kat kat) {
            assertThat(factory.create(kat.userPoolId(), kat.username(), kat.password(), kat.saltBytes()))
                    .isEqualTo(kat.passwordVerifier());
        }
    }

    @Nested
    @DisplayName("when a verifier is created")
    class Creating {

        @Test
        void salt_and_verifier_are_even_length_hex_that_reads_back_as_positive() {
            PasswordVerifier verifier = factory.create(POOL, "alice", PASSWORD);

            assertThat(verifier.salt()).matches(POSITIVE_PADDED_HEX).hasSizeBetween(2, 34);
            assertThat(verifier.verifier()).matches(POSITIVE_PADDED_HEX);
        }

        @Test
        void a_salt_with_the_top_bit_set_is_prefixed_with_00() {
            CognitoPasswordVerifierFactory pinned =
                    new CognitoPasswordVerifierFactory(new ScriptedRandom("f0" + "11".repeat(15)));

            assertThat(pinned.create(POOL, "alice", PASSWORD).salt()).isEqualTo("00f0" + "11".repeat(15));
        }

        @Test
        void the_same_password_gets_a_new_salt_and_verifier_each_time() {
            PasswordVerifier first = factory.create(POOL, "alice", PASSWORD);
            PasswordVerifier second = factory.create(POOL, "alice", PASSWORD);

            assertThat(first.salt()).isNotEqualTo(second.salt());
            assertThat(first.verifier()).isNotEqualTo(second.verifier());
        }

        @Test
        void neither_salt_nor_verifier_contains_the_password() {
            PasswordVerifier verifier = factory.create(POOL, "alice", PASSWORD);
            String passwordHex = HexFormat.of().formatHex(PASSWORD.getBytes(StandardCharsets.UTF_8));

            assertThat(verifier.salt() + verifier.verifier() + verifier)
                    .doesNotContain(PASSWORD)
                    .doesNotContainIgnoringCase(passwordHex);
        }

        @ParameterizedTest
        @ValueSource(strings = {"us-east-1", "_abc", "us-east-1_", "us_east_1_abc"})
        void a_pool_id_without_exactly_one_inner_underscore_is_refused(String userPoolId) {
            assertThatThrownBy(() -> factory.create(userPoolId, "alice", PASSWORD))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("userPoolId must have the form <region>_<id>");
        }
    }

    @Nested
    @DisplayName("when a password in clear is checked against a verifier")
    class Checking {

        private final PasswordVerifier stored = factory.create(POOL, "alice", PASSWORD);

        @Test
        void the_password_it_was_made_from_matches() {
            assertThat(factory.matches(stored, POOL, "alice", PASSWORD)).isTrue();
        }

        @Test
        void another_password_user_or_pool_does_not_match() {
            assertThat(factory.matches(stored, POOL, "alice", PASSWORD + "!")).isFalse();
            assertThat(factory.matches(stored, POOL, "alice", PASSWORD.toLowerCase())).isFalse();
            assertThat(factory.matches(stored, POOL, "bob", PASSWORD)).isFalse();
            assertThat(factory.matches(stored, "eu-west-1_AbCdEf124", "alice", PASSWORD)).isFalse();
        }

        @Test
        void only_the_part_of_the_pool_id_after_the_underscore_counts() {
            assertThat(factory.matches(stored, "us-east-2_AbCdEf123", "alice", PASSWORD)).isTrue();
        }

        @Test
        void a_verifier_made_by_amazon_cognito_identity_js_matches_its_password() {
            Kat kat = KnownVerifiers.SHORT_SALT;

            assertThat(factory.matches(kat.passwordVerifier(), kat.userPoolId(), kat.username(), kat.password()))
                    .isTrue();
            assertThat(factory.matches(kat.passwordVerifier(), kat.userPoolId(), kat.username(), "wrong")).isFalse();
        }
    }
}
