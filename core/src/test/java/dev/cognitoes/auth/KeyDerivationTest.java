package dev.cognitoes.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cognitoes.auth.KeyDerivation.Purpose;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class KeyDerivationTest {

    private static final HexFormat HEX = HexFormat.of();

    @Nested
    @DisplayName("HKDF-SHA256 gives the answers of RFC 5869")
    class Rfc5869 {

        @Test
        void test_case_1_with_salt_and_info() {
            byte[] okm = KeyDerivation.hkdf(HEX.parseHex("0b".repeat(22)), HEX.parseHex("000102030405060708090a0b0c"),
                    HEX.parseHex("f0f1f2f3f4f5f6f7f8f9"), 42);

            assertThat(HEX.formatHex(okm)).isEqualTo(
                    "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
        }

        @Test
        void test_case_3_without_salt_and_info() {
            byte[] okm = KeyDerivation.hkdf(HEX.parseHex("0b".repeat(22)), new byte[0], new byte[0], 42);

            assertThat(HEX.formatHex(okm)).isEqualTo(
                    "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8");
        }
    }

    @Nested
    @DisplayName("when subkeys are derived from a master key")
    class Subkeys {

        private final SecretKey master = TestKeys.countingMasterKey();

        @Test
        void the_same_purpose_gives_the_same_key() {
            assertThat(KeyDerivation.subkey(master, Purpose.CODE_HASHING, "HmacSHA256").getEncoded())
                    .isEqualTo(KeyDerivation.subkey(master, Purpose.CODE_HASHING, "HmacSHA256").getEncoded());
        }

        @Test
        void every_purpose_gets_its_own_key_and_none_is_the_master_key() {
            List<String> keys = Arrays.stream(Purpose.values())
                    .map(purpose -> HEX.formatHex(KeyDerivation.subkey(master, purpose, "AES").getEncoded()))
                    .toList();

            assertThat(keys).doesNotHaveDuplicates()
                    .allSatisfy(key -> assertThat(key).hasSize(64).isNotEqualTo(HEX.formatHex(master.getEncoded())));
        }

        @Test
        void purpose_labels_are_distinct() {
            assertThat(Arrays.stream(Purpose.values()).map(Purpose::label).distinct())
                    .hasSize(Purpose.values().length);
        }

        @Test
        void another_master_key_gives_another_key() {
            assertThat(KeyDerivation.subkey(TestKeys.randomMasterKey(), Purpose.SECRET_SEALING, "AES").getEncoded())
                    .isNotEqualTo(KeyDerivation.subkey(master, Purpose.SECRET_SEALING, "AES").getEncoded());
        }

        @Test
        void the_key_carries_the_requested_algorithm() {
            assertThat(KeyDerivation.subkey(master, Purpose.CODE_HASHING, "HmacSHA256").getAlgorithm())
                    .isEqualTo("HmacSHA256");
        }

        @Test
        void a_master_key_under_128_bits_is_refused() {
            SecretKey tooShort = new SecretKeySpec(new byte[15], "AES");

            assertThatThrownBy(() -> KeyDerivation.subkey(tooShort, Purpose.SECRET_SEALING, "AES"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the master key must have at least 128 bits");
        }
    }
}
