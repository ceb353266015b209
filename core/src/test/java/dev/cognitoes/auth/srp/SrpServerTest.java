package dev.cognitoes.auth.srp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cognitoes.auth.KeyDerivation;
import dev.cognitoes.auth.ScriptedRandom;
import dev.cognitoes.auth.TestKeys;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SrpServerTest {

    private static final String POOL = "eu-west-1_AbCdEf123";
    private static final String USER = "4f1c8a1e-2b3d-4e5f-9a0b-1c2d3e4f5a6b";
    private static final String PASSWORD = "Correct-Horse-9";
    private static final Instant NOW = Instant.parse("2024-03-05T09:07:03Z");
    private static final String B_HEX = "7e57ab1e00112233445566778899aabbccddeeff0011223344556677889900aa";
    private static final String NONCE_HEX = "0102030405060708090a0b0c";

    private static final CognitoPasswordVerifierFactory FACTORY = new CognitoPasswordVerifierFactory();
    private static final PasswordVerifier VERIFIER = FACTORY.create(POOL, USER, PASSWORD);

    private final SecretKey masterKey = TestKeys.randomMasterKey();
    private final SrpServer server = serverAt(NOW);

    private SrpServer serverAt(Instant now) {
        return new SrpServer(masterKey, Clock.fixed(now, ZoneOffset.UTC));
    }

    private SrpVerification signIn(String password) {
        SrpTestClient client = new SrpTestClient(POOL);
        SrpChallenge challenge = server.begin(POOL, USER, VERIFIER, client.srpA());
        return server.verify(POOL, USER, VERIFIER, response(client.respond(challenge.challengeParameters(), password,
                NOW)));
    }

    private static SrpResponse response(Map<String, String> challengeResponses) {
        return new SrpResponse(challengeResponses.get("PASSWORD_CLAIM_SECRET_BLOCK"),
                challengeResponses.get("PASSWORD_CLAIM_SIGNATURE"), challengeResponses.get("TIMESTAMP"));
    }

    private static Map<String, String> with(Map<String, String> map, String key, String value) {
        Map<String, String> changed = new HashMap<>(map);
        changed.put(key, value);
        return changed;
    }

    private byte[] openBlock(byte[] block, byte version) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, blockKey(), new GCMParameterSpec(128, block, 1, 12));
        cipher.updateAAD(associatedData(version));
        return cipher.doFinal(block, 13, block.length - 13);
    }

    private byte[] sealBlock(byte[] plain, byte version) throws GeneralSecurityException {
        byte[] nonce = HexFormat.of().parseHex(NONCE_HEX);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, blockKey(), new GCMParameterSpec(128, nonce));
        cipher.updateAAD(associatedData(version));
        byte[] sealed = cipher.doFinal(plain);
        return ByteBuffer.allocate(1 + nonce.length + sealed.length).put(version).put(nonce).put(sealed).array();
    }

    private SecretKey blockKey() {
        return KeyDerivation.subkey(masterKey, KeyDerivation.Purpose.SRP_SECRET_BLOCK, "AES");
    }

    private static byte[] associatedData(byte version) {
        byte[] pool = POOL.getBytes(StandardCharsets.UTF_8);
        byte[] user = USER.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(1 + 2 * Integer.BYTES + pool.length + user.length)
                .put(version).putInt(pool.length).put(pool).putInt(user.length).put(user).array();
    }

    private static byte[] take(ByteBuffer buffer, int length) {
        byte[] bytes = new byte[length];
        buffer.get(bytes);
        return bytes;
    }

    @Nested
    @DisplayName("when the client knows the password")
    class RightPassword {

        @Test
        void the_response_is_verified() {
            assertThat(signIn(PASSWORD)).isEqualTo(SrpVerification.VERIFIED);
            assertThat(SrpVerification.VERIFIED.verified()).isTrue();
        }

        @Test
        void a_user_name_outside_ascii_signs_in() {
            KnownVerifiers.Kat kat = KnownVerifiers.NON_ASCII_USERNAME;
            SrpTestClient client = new SrpTestClient(kat.userPoolId());
            SrpChallenge challenge = server.begin(kat.userPoolId(), kat.username(), kat.passwordVerifier(),
                    client.srpA());

            SrpVerification verification = server.verify(kat.userPoolId(), kat.username(), kat.passwordVerifier(),
                    response(client.respond(challenge.challengeParameters(), kat.password(), NOW)));

            assertThat(verification).isEqualTo(SrpVerification.VERIFIED);
        }

        @Test
        void srp_a_may_carry_leading_zeros_and_upper_case() {
            SrpTestClient client = new SrpTestClient(POOL);
            SrpChallenge challenge = server.begin(POOL, USER, VERIFIER, "0000" + client.srpA().toUpperCase());

            SrpVerification verification = server.verify(POOL, USER, VERIFIER,
                    response(client.respond(challenge.challengeParameters(), PASSWORD, NOW)));

            assertThat(verification).isEqualTo(SrpVerification.VERIFIED);
        }

        @Test
        void the_challenge_carries_the_stored_salt_the_user_id_and_a_group_element_as_b() {
            SrpChallenge challenge = server.begin(POOL, USER, VERIFIER, new SrpTestClient(POOL).srpA());

            assertThat(challenge.challengeParameters()).containsOnlyKeys("SRP_B", "SALT", "SECRET_BLOCK",
                    "USER_ID_FOR_SRP");
            assertThat(challenge.salt()).isEqualTo(VERIFIER.salt());
            assertThat(challenge.userIdForSrp()).isEqualTo(USER);
            assertThat(challenge.srpB()).matches("[1-9a-f][0-9a-f]*");
            assertThat(new BigInteger(challenge.srpB(), 16)).isGreaterThan(BigInteger.ONE).isLessThan(SrpGroup.N);
            assertThat(Base64.getDecoder().decode(challenge.secretBlock())).isNotEmpty();
        }

        @Test
        void every_exchange_draws_a_fresh_b_and_seals_a_fresh_block() {
            String srpA = new SrpTestClient(POOL).srpA();

            SrpChallenge first = server.begin(POOL, USER, VERIFIER, srpA);
            SrpChallenge second = server.begin(POOL, USER, VERIFIER, srpA);

            assertThat(first.srpB()).isNotEqualTo(second.srpB());
            assertThat(first.secretBlock()).isNotEqualTo(second.secretBlock());
        }

        @Test
        void b_is_k_v_plus_g_to_the_private_value() {
            SrpServer pinned = new SrpServer(masterKey, Clock.fixed(NOW, ZoneOffset.UTC),
                    new ScriptedRandom(B_HEX, NONCE_HEX));
            BigInteger b = new BigInteger(B_HEX, 16);
            BigInteger v = new BigInteger(VERIFIER.verifier(), 16);

            SrpChallenge challenge = pinned.begin(POOL, USER, VERIFIER, new SrpTestClient(POOL).srpA());

            assertThat(new BigInteger(challenge.srpB(), 16))
                    .isEqualTo(SrpGroup.K.multiply(v).add(SrpGroup.G.modPow(b, SrpGroup.N)).mod(SrpGroup.N));
        }

        @Test
        void a_private_value_of_zero_is_drawn_again() {
            String srpA = new SrpTestClient(POOL).srpA();
            SrpServer drawsZeroFirst = new SrpServer(masterKey, Clock.fixed(NOW, ZoneOffset.UTC),
                    new ScriptedRandom("00".repeat(SrpServer.PRIVATE_VALUE_BYTES), B_HEX, NONCE_HEX));
            SrpServer drawsBFirst = new SrpServer(masterKey, Clock.fixed(NOW, ZoneOffset.UTC),
                    new ScriptedRandom(B_HEX, NONCE_HEX));

            assertThat(drawsZeroFirst.begin(POOL, USER, VERIFIER, srpA))
                    .isEqualTo(drawsBFirst.begin(POOL, USER, VERIFIER, srpA));
        }

        @Test
        void the_secret_block_reveals_neither_b_nor_a() {
            SrpTestClient client = new SrpTestClient(POOL);
            SrpServer pinned = new SrpServer(masterKey, Clock.fixed(NOW, ZoneOffset.UTC),
                    new ScriptedRandom(B_HEX, NONCE_HEX));

            String block = HexFormat.of().formatHex(Base64.getDecoder().decode(
                    pinned.begin(POOL, USER, VERIFIER, client.srpA()).secretBlock()));

            assertThat(block).doesNotContain(B_HEX).doesNotContain(client.srpA().substring(0, 64));
        }

        @Test
        void the_secret_block_seals_the_time_of_issue_b_u_and_a_after_its_layout_byte() throws Exception {
            SrpTestClient client = new SrpTestClient(POOL);
            SrpServer pinned = new SrpServer(masterKey, Clock.fixed(NOW, ZoneOffset.UTC),
                    new ScriptedRandom(B_HEX, NONCE_HEX));
            SrpChallenge challenge = pinned.begin(POOL, USER, VERIFIER, client.srpA());
            byte[] block = Base64.getDecoder().decode(challenge.secretBlock());
            BigInteger a = new BigInteger(client.srpA(), 16);
            BigInteger u = SrpHex.hashOfHex(SrpHex.padHex(a) + SrpHex.padHex(new BigInteger(challenge.srpB(), 16)));

            ByteBuffer fields = ByteBuffer.wrap(openBlock(block, SrpServer.BLOCK_VERSION));

            assertThat(block[0]).isEqualTo(SrpServer.BLOCK_VERSION);
            assertThat(fields.getLong()).isEqualTo(NOW.toEpochMilli());
            assertThat(new BigInteger(1, take(fields, SrpServer.PRIVATE_VALUE_BYTES)))
                    .isEqualTo(new BigInteger(B_HEX, 16));
            assertThat(new BigInteger(1, take(fields, SrpServer.SCRAMBLER_BYTES))).isEqualTo(u);
            assertThat(new BigInteger(1, take(fields, fields.remaining()))).isEqualTo(a);
        }

        @Test
        void a_response_replayed_while_its_block_lives_verifies_again_so_the_caller_must_use_a_session_once() {
            SrpTestClient client = new SrpTestClient(POOL);
            SrpChallenge challenge = server.begin(POOL, USER, VERIFIER, client.srpA());
            SrpResponse response = response(client.respond(challenge.challengeParameters(), PASSWORD, NOW));

            assertThat(server.verify(POOL, USER, VERIFIER, response)).isEqualTo(SrpVerification.VERIFIED);
            assertThat(server.verify(POOL, USER, VERIFIER, response)).isEqualTo(SrpVerification.VERIFIED);
        }
    }

    @Nested
    @DisplayName("when the signature does not come from the password")
    class WrongPassword {

        @Test
        void a_wrong_password_is_refused() {
            assertThat(signIn(PASSWORD + "x")).isEqualTo(SrpVerification.WRONG_PASSWORD);
            assertThat(SrpVerification.WRONG_PASSWORD.verified()).isFalse();
        }

        @Test
        void another_users_password_is_refused() {
            assertThat(signIn("Another-Users-Password-1")).isEqualTo(SrpVerification.WRONG_PASSWORD);
        }

        @Test
        void a_client_signing_with_another_user_name_is_refused() {
            SrpTestClient client = new SrpTestClient(POOL);
            SrpChallenge challenge = server.begin(POOL, USER, VERIFIER, client.srpA());
            Map<String, String> asOther = with(challenge.challengeParameters(), "USER_ID_FOR_SRP", "mallory");

            SrpVerification verification = server.verify(POOL, USER, VERIFIER,
                    response(client.respond(asOther, PASSWORD, NOW)));

            assertThat(verification).isEqualTo(SrpVerification.WRONG_PASSWORD);
        }

        @Test
        void a_client_signing_with_another_pool_is_refused() {
            SrpTestClient client = new SrpTestClient("eu-west-1_Other1");
            SrpChallenge challenge = server.begin(POOL, USER, VERIFIER, client.srpA());

            SrpVerification verification = server.verify(POOL, USER, VERIFIER,
                    response(client.respond(challenge.challengeParameters(), PASSWORD, NOW)));

            assertThat(verification).isEqualTo(SrpVerification.WRONG_PASSWORD);
        }

        @Test
        void a_signature_that_is_not_base64_is_refused() {
            SrpTestClient client = new SrpTestClient(POOL);
            SrpChallenge challenge = server.begin(POOL, USER, VERIFIER, client.srpA());
            Map<String, String> responses = client.respond(challenge.challengeParameters(), PASSWORD, NOW);

            SrpVerification verification = server.verify(POOL, USER, VERIFIER,
                    response(with(responses, "PASSWORD_CLAIM_SIGNATURE", "not base64!")));

            assertThat(verification).isEqualTo(SrpVerification.WRONG_PASSWORD);
        }

        @Test
        void a_password_changed_between_challenge_and_response_refuses_the_old_exchange() {
            SrpTestClient client = new SrpTestClient(POOL);
            SrpChallenge challenge = server.begin(POOL, USER, VERIFIER, client.srpA());
            PasswordVerifier changed = FACTORY.create(POOL, USER, "Changed-Password-2");

            SrpVerification verification = server.verify(POOL, USER, changed,
                    response(client.respond(challenge.challengeParameters(), "Changed-Password-2", NOW)));

            assertThat(verification).isEqualTo(SrpVerification.WRONG_PASSWORD);
        }

        @Test
        void the_block_of_another_exchange_does_not_carry_this_exchanges_signature() {
            SrpTestClient firstClient = new SrpTestClient(POOL);
            SrpChallenge first = server.begin(POOL, USER, VERIFIER, firstClient.srpA());
            SrpTestClient secondClient = new SrpTestClient(POOL);
            SrpChallenge second = server.begin(POOL, USER, VERIFIER, secondClient.srpA());
            Map<String, String> secondResponses = secondClient.respond(second.challengeParameters(), PASSWORD, NOW);

            SrpVerification swapped = server.verify(POOL, USER, VERIFIER,
                    response(with(secondResponses, "PASSWORD_CLAIM_SECRET_BLOCK", first.secretBlock())));
            SrpVerification signedOverFirstBlock = server.verify(POOL, USER, VERIFIER, response(secondClient.respond(
                    with(second.challengeParameters(), "SECRET_BLOCK", first.secretBlock()), PASSWORD, NOW)));

            assertThat(swapped).isEqualTo(SrpVerification.WRONG_PASSWORD);
            assertThat(signedOverFirstBlock).isEqualTo(SrpVerification.WRONG_PASSWORD);
        }
    }

    @Nested
    @DisplayName("when the secret block was not issued for this exchange")
    class ForeignSecretBlock {

        private final SrpTestClient client = new SrpTestClient(POOL);
        private final SrpChallenge challenge = server.begin(POOL, USER, VERIFIER, client.srpA());
        private final Map<String, String> responses =
                client.respond(challenge.challengeParameters(), PASSWORD, NOW);

        private SrpVerification withBlock(String block) {
            return server.verify(POOL, USER, VERIFIER,
                    response(with(responses, "PASSWORD_CLAIM_SECRET_BLOCK", block)));
        }

        @Test
        void a_block_issued_for_another_user_is_refused() {
            PasswordVerifier other = FACTORY.create(POOL, "other-user", PASSWORD);

            assertThat(server.verify(POOL, "other-user", other, response(responses)))
                    .isEqualTo(SrpVerification.UNKNOWN_SECRET_BLOCK);
        }

        @Test
        void a_block_issued_for_another_pool_is_refused() {
            PasswordVerifier other = FACTORY.create("eu-west-1_Other1", USER, PASSWORD);

            assertThat(server.verify("eu-west-1_Other1", USER, other, response(responses)))
                    .isEqualTo(SrpVerification.UNKNOWN_SECRET_BLOCK);
        }

        @Test
        void a_block_sealed_under_another_master_key_is_refused() {
            SrpServer otherRuntime = new SrpServer(TestKeys.randomMasterKey(), Clock.fixed(NOW, ZoneOffset.UTC));

            assertThat(otherRuntime.verify(POOL, USER, VERIFIER, response(responses)))
                    .isEqualTo(SrpVerification.UNKNOWN_SECRET_BLOCK);
        }

        @Test
        void a_block_with_any_byte_changed_is_refused() {
            byte[] block = Base64.getDecoder().decode(challenge.secretBlock());
            for (int i = 0; i < block.length; i += 37) {
                byte[] tampered = block.clone();
                tampered[i] ^= 0x01;

                assertThat(withBlock(Base64.getEncoder().encodeToString(tampered)))
                        .as("byte %d changed", i)
                        .isEqualTo(SrpVerification.UNKNOWN_SECRET_BLOCK);
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "not base64!", "AAAA", "AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA="})
        void a_block_that_is_not_base64_or_too_short_is_refused(String block) {
            assertThat(withBlock(block)).isEqualTo(SrpVerification.UNKNOWN_SECRET_BLOCK);
        }

        @Test
        void a_block_of_the_layout_before_u_was_sealed_is_refused() throws Exception {
            byte[] b = HexFormat.of().parseHex(B_HEX);
            byte[] a = new BigInteger(client.srpA(), 16).toByteArray();
            byte[] plain = ByteBuffer.allocate(Long.BYTES + b.length + a.length)
                    .putLong(NOW.toEpochMilli()).put(b).put(a).array();

            assertThat(withBlock(Base64.getEncoder().encodeToString(sealBlock(plain, (byte) 1))))
                    .isEqualTo(SrpVerification.UNKNOWN_SECRET_BLOCK);
        }

        @Test
        void a_truncated_block_is_refused() {
            byte[] block = Base64.getDecoder().decode(challenge.secretBlock());
            byte[] truncated = Arrays.copyOf(block, block.length - 1);

            assertThat(withBlock(Base64.getEncoder().encodeToString(truncated)))
                    .isEqualTo(SrpVerification.UNKNOWN_SECRET_BLOCK);
        }
    }

    @Nested
    @DisplayName("when time has passed")
    class Time {

        private final SrpTestClient client = new SrpTestClient(POOL);
        private final SrpChallenge challenge = server.begin(POOL, USER, VERIFIER, client.srpA());

        private SrpVerification answeredAfter(Duration elapsed) {
            Instant later = NOW.plus(elapsed);
            return serverAt(later).verify(POOL, USER, VERIFIER,
                    response(client.respond(challenge.challengeParameters(), PASSWORD, later)));
        }

        @Test
        void a_block_is_honoured_for_its_whole_lifetime() {
            assertThat(answeredAfter(SrpServer.SECRET_BLOCK_LIFETIME)).isEqualTo(SrpVerification.VERIFIED);
        }

        @Test
        void a_block_older_than_its_lifetime_is_refused() {
            assertThat(answeredAfter(SrpServer.SECRET_BLOCK_LIFETIME.plusSeconds(1)))
                    .isEqualTo(SrpVerification.EXPIRED_SECRET_BLOCK);
        }

        @ParameterizedTest(name = "{0} s")
        @ValueSource(longs = {-900, -899, 0, 899, 900})
        void a_timestamp_within_the_tolerance_of_the_servers_clock_is_accepted(long offsetSeconds) {
            SrpVerification verification = server.verify(POOL, USER, VERIFIER, response(client.respond(
                    challenge.challengeParameters(), PASSWORD, NOW.plusSeconds(offsetSeconds))));

            assertThat(verification).isEqualTo(SrpVerification.VERIFIED);
        }

        @ParameterizedTest(name = "{0} s")
        @ValueSource(longs = {-901, 901, -86_400, 86_400})
        void a_timestamp_further_from_the_servers_clock_is_refused(long offsetSeconds) {
            SrpVerification verification = server.verify(POOL, USER, VERIFIER, response(client.respond(
                    challenge.challengeParameters(), PASSWORD, NOW.plusSeconds(offsetSeconds))));

            assertThat(verification).isEqualTo(SrpVerification.TIMESTAMP_OUT_OF_RANGE);
        }
    }

    @Nested
    @DisplayName("when TIMESTAMP is not written as the clients write it")
    class Timestamps {

        private final SrpTestClient client = new SrpTestClient(POOL);
        private final SrpChallenge challenge = server.begin(POOL, USER, VERIFIER, client.srpA());

        private SrpVerification signedWith(String timestamp) {
            return server.verify(POOL, USER, VERIFIER,
                    response(client.respond(challenge.challengeParameters(), PASSWORD, timestamp)));
        }

        @Test
        void the_clients_write_the_day_without_a_leading_zero() {
            assertThat(SrpTestClient.timestamp(NOW)).isEqualTo("Tue Mar 5 09:07:03 UTC 2024");
            assertThat(SrpServer.writeTimestamp(NOW)).isEqualTo("Tue Mar 5 09:07:03 UTC 2024");
            assertThat(signedWith("Tue Mar 5 09:07:03 UTC 2024")).isEqualTo(SrpVerification.VERIFIED);
        }

        @Test
        void a_day_with_a_leading_zero_is_read_but_does_not_match_the_signature() {
            assertThat(signedWith("Tue Mar 05 09:07:03 UTC 2024")).isEqualTo(SrpVerification.WRONG_PASSWORD);
        }

        @Test
        void a_wrong_weekday_is_read_but_does_not_match_the_signature() {
            assertThat(signedWith("Wed Mar 5 09:07:03 UTC 2024")).isEqualTo(SrpVerification.WRONG_PASSWORD);
        }

        @Test
        void another_zone_name_is_read_but_does_not_match_the_signature() {
            assertThat(signedWith("Tue Mar 5 09:07:03 GMT 2024")).isEqualTo(SrpVerification.WRONG_PASSWORD);
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "",
                "2024-03-05T09:07:03Z",
                "Tue Mar 5 09:07:03 UTC",
                "Tue Mar 5 9:07:03 UTC 2024",
                "Tue Mar 5 09:07:3 UTC 2024",
                "Di. März 5 09:07:03 UTC 2024",
                "Tue Feb 30 09:07:03 UTC 2024",
                "Tue Mar 5 09:07:03 XYZ 2024",
                "Tue Mar 5 09:07:03 UTC 2024 and some more text that makes it long enough to be refused"})
        void an_unreadable_timestamp_is_malformed(String timestamp) {
            assertThat(signedWith(timestamp)).isEqualTo(SrpVerification.MALFORMED_TIMESTAMP);
        }
    }

    @Nested
    @DisplayName("when SRP_A cannot start an exchange")
    class InvalidA {

        @ParameterizedTest(name = "A = {0}")
        @ValueSource(strings = {"0", "N", "2N", "1", "N-1", "N+2"})
        void a_value_outside_the_group_is_refused(String value) {
            BigInteger n = SrpGroup.N;
            BigInteger a = switch (value) {
                case "0" -> BigInteger.ZERO;
                case "N" -> n;
                case "2N" -> n.shiftLeft(1);
                case "1" -> BigInteger.ONE;
                case "N-1" -> n.subtract(BigInteger.ONE);
                case "N+2" -> n.add(BigInteger.TWO);
                default -> throw new IllegalArgumentException(value);
            };

            assertThatThrownBy(() -> server.begin(POOL, USER, VERIFIER, a.toString(16)))
                    .isInstanceOfSatisfying(InvalidSrpAException.class,
                            e -> assertThat(e.defect()).isEqualTo(InvalidSrpAException.Defect.OUTSIDE_GROUP))
                    .hasMessage("SRP_A is not a valid SRP-6a public value");
        }

        @Test
        void zero_written_with_leading_zeros_is_refused() {
            assertThatThrownBy(() -> server.begin(POOL, USER, VERIFIER, "0".repeat(768)))
                    .isInstanceOfSatisfying(InvalidSrpAException.class,
                            e -> assertThat(e.defect()).isEqualTo(InvalidSrpAException.Defect.OUTSIDE_GROUP));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "xyz", "-1", "+1", "0x1234", "12 34", "12\n"})
        void a_value_that_is_not_hex_is_refused(String srpA) {
            assertThatThrownBy(() -> server.begin(POOL, USER, VERIFIER, srpA))
                    .isInstanceOfSatisfying(InvalidSrpAException.class,
                            e -> assertThat(e.defect()).isEqualTo(InvalidSrpAException.Defect.NOT_HEX))
                    .hasMessage("SRP_A is not a hex number");
        }

        @Test
        void a_missing_value_is_refused() {
            assertThatThrownBy(() -> server.begin(POOL, USER, VERIFIER, null))
                    .isInstanceOfSatisfying(InvalidSrpAException.class,
                            e -> assertThat(e.defect()).isEqualTo(InvalidSrpAException.Defect.NOT_HEX));
        }

        @Test
        void a_value_longer_than_the_limit_is_refused_before_it_is_read() {
            String srpA = "0".repeat(SrpServer.MAX_SRP_A_HEX_DIGITS) + new SrpTestClient(POOL).srpA();

            assertThatThrownBy(() -> server.begin(POOL, USER, VERIFIER, srpA))
                    .isInstanceOfSatisfying(InvalidSrpAException.class,
                            e -> assertThat(e.defect()).isEqualTo(InvalidSrpAException.Defect.NOT_HEX));
        }
    }

    @Nested
    @DisplayName("when the caller passes what it should not")
    class CallerErrors {

        @Test
        void a_pool_id_without_region_is_rejected() {
            assertThatThrownBy(() -> server.begin("AbCdEf123", USER, VERIFIER, new SrpTestClient(POOL).srpA()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .isNotInstanceOf(InvalidSrpAException.class);
        }

        @Test
        void a_stored_verifier_outside_the_group_is_rejected() {
            PasswordVerifier broken = new PasswordVerifier(VERIFIER.salt(), SrpGroup.N.toString(16));

            assertThatThrownBy(() -> server.begin(POOL, USER, broken, new SrpTestClient(POOL).srpA()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the stored verifier is not an element of the SRP group");
        }
    }
}
