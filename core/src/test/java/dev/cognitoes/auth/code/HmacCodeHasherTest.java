package dev.cognitoes.auth.code;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cognitoes.auth.ScriptedRandom;
import dev.cognitoes.auth.TestKeys;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HmacCodeHasherTest {

    private final SecretKey master = TestKeys.randomMasterKey();
    private final HmacCodeHasher hasher = new HmacCodeHasher(master);

    @Test
    @DisplayName("hashes as HMAC-SHA256(HKDF subkey, salt | code), as node's crypto does")
    void known_answer() {
        HmacCodeHasher pinned = new HmacCodeHasher(TestKeys.countingMasterKey(),
                new ScriptedRandom("101112131415161718191a1b1c1d1e1f"));

        CodeHash hash = pinned.hash("123456");

        assertThat(hash).isEqualTo(
                new CodeHash("EBESExQVFhcYGRobHB0eHw==", "Xq0xdW+M0nhaghG+/fl0/kuIMIw2b0J9+m5VDc56a5g="));
    }

    @Nested
    @DisplayName("when a code is checked against its hash")
    class Matching {

        private final CodeHash hash = hasher.hash("123456");

        @Test
        void the_same_code_matches() {
            assertThat(hasher.matches(hash, "123456")).isTrue();
        }

        @Test
        void any_other_code_does_not_match() {
            assertThat(hasher.matches(hash, "123457")).isFalse();
            assertThat(hasher.matches(hash, "12345")).isFalse();
            assertThat(hasher.matches(hash, "1234567")).isFalse();
            assertThat(hasher.matches(hash, "")).isFalse();
        }

        @Test
        void a_hasher_with_another_master_key_does_not_match() {
            assertThat(new HmacCodeHasher(TestKeys.randomMasterKey()).matches(hash, "123456")).isFalse();
        }

        @Test
        void an_altered_hash_or_salt_does_not_match() {
            byte[] hashBytes = Base64.getDecoder().decode(hash.hash());
            hashBytes[31] ^= 0x01;
            byte[] saltBytes = Base64.getDecoder().decode(hash.salt());
            saltBytes[0] ^= 0x01;
            Base64.Encoder base64 = Base64.getEncoder();

            assertThat(hasher.matches(new CodeHash(hash.salt(), base64.encodeToString(hashBytes)), "123456")).isFalse();
            assertThat(hasher.matches(new CodeHash(base64.encodeToString(saltBytes), hash.hash()), "123456")).isFalse();
        }
    }

    @Nested
    @DisplayName("when the same code is hashed twice")
    class Salting {

        @Test
        void salt_and_hash_differ() {
            CodeHash first = hasher.hash("123456");
            CodeHash second = hasher.hash("123456");

            assertThat(first.salt()).isNotEqualTo(second.salt());
            assertThat(first.hash()).isNotEqualTo(second.hash());
            assertThat(hasher.matches(first, "123456")).isTrue();
            assertThat(hasher.matches(second, "123456")).isTrue();
        }
    }

    @Nested
    @DisplayName("what a hash reveals")
    class Secrecy {

        @Test
        void it_does_not_contain_the_code_in_any_readable_form() {
            CodeHash hash = hasher.hash("123456");
            String stored = hash.salt() + hash.hash();
            String decoded = HexFormat.of().formatHex(Base64.getDecoder().decode(hash.salt()))
                    + HexFormat.of().formatHex(Base64.getDecoder().decode(hash.hash()));

            assertThat(stored).doesNotContain("123456");
            assertThat(decoded).doesNotContain(HexFormat.of().formatHex("123456".getBytes(StandardCharsets.US_ASCII)));
            assertThat(hash.toString()).doesNotContain("123456");
        }

        @Test
        void it_is_not_keyed_with_the_master_key_itself() throws Exception {
            CodeHash hash = hasher.hash("123456");
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master.getEncoded(), "HmacSHA256"));
            mac.update(Base64.getDecoder().decode(hash.salt()));
            byte[] withMasterKey = mac.doFinal("123456".getBytes(StandardCharsets.US_ASCII));

            assertThat(Base64.getDecoder().decode(hash.hash())).isNotEqualTo(withMasterKey);
        }
    }
}
