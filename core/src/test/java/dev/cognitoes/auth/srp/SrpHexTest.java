package dev.cognitoes.auth.srp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SrpHexTest {

    @Nested
    @DisplayName("padHex writes the two's-complement bytes as even-length hex")
    class PadHex {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
                "0, 00",
                "20, 14",
                "56, 38",
                "127, 7f",
                "128, 0080",
                "200, 00c8",
                "236, 00ec",
                "255, 00ff",
                "256, 0100",
                "4095, 0fff",
                "32768, 008000",
                "-20, ec",
                "-236, ff14",
                "-128, 80"})
        void of(long value, String hex) {
            assertThat(SrpHex.padHex(BigInteger.valueOf(value))).isEqualTo(hex);
        }

        @Test
        void a_full_width_value_with_the_top_bit_set_gains_a_zero_byte() {
            assertThat(SrpHex.padHex(SrpGroup.N)).hasSize(770).startsWith("00ffffffffffffffffc90f");
        }
    }

    @Nested
    @DisplayName("hex writes a non-negative integer as lower-case hex without leading zeros")
    class Hex {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({"0, 0", "8, 8", "15, f", "128, 80", "255, ff", "256, 100", "4095, fff", "32768, 8000"})
        void of(long value, String hex) {
            assertThat(SrpHex.hex(BigInteger.valueOf(value))).isEqualTo(hex);
        }

        @Test
        void writes_a_group_element_as_toString_of_radix_16_does() {
            BigInteger element = SrpGroup.N.subtract(BigInteger.TEN).shiftRight(5);

            assertThat(SrpHex.hex(SrpGroup.N)).isEqualTo(SrpGroup.N.toString(16));
            assertThat(SrpHex.hex(element)).isEqualTo(element.toString(16));
        }
    }

    @Nested
    @DisplayName("fromHex reads hex as a non-negative integer")
    class FromHex {

        @Test
        void upper_and_lower_case_and_leading_zeros() {
            assertThat(SrpHex.fromHex("00fF")).isEqualTo(BigInteger.valueOf(255));
            assertThat(SrpHex.fromHex("8")).isEqualTo(BigInteger.valueOf(8));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "f", "80", "abc", "0abc", "DeadBeef1", "000000000000000000000000000000001"})
        void of_any_length_as_a_radix_16_big_integer_reads_it(String hex) {
            assertThat(SrpHex.fromHex(hex)).isEqualTo(new BigInteger(hex, 16));
        }

        @Test
        void of_a_group_element_written_with_toString_of_radix_16() {
            assertThat(SrpHex.fromHex(SrpGroup.N.toString(16))).isEqualTo(SrpGroup.N);
            assertThat(SrpHex.fromHex(SrpGroup.N.toString(16).toUpperCase())).isEqualTo(SrpGroup.N);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "-1", "+1", "0x10", "12 34", "xyz"})
        void refuses_anything_but_hex_digits(String hex) {
            assertThatThrownBy(() -> SrpHex.fromHex(hex)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    @DisplayName("hashes")
    class Hashes {

        @Test
        void sha256Hex_hashes_the_utf8_bytes_of_text() {
            assertThat(SrpHex.sha256Hex("abc"))
                    .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        }

        @Test
        void hashOfHex_hashes_the_bytes_the_hex_stands_for() {
            assertThat(SrpHex.hashOfHex("616263"))
                    .isEqualTo(new BigInteger("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", 16));
        }

        @Test
        void hashOfHex_is_never_negative() {
            assertThat(SrpHex.hashOfHex("00")).isEqualTo(
                    new BigInteger("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d", 16));
        }

        @Test
        void hashOfHex_refuses_odd_length() {
            assertThatThrownBy(() -> SrpHex.hashOfHex("abc")).isInstanceOf(IllegalArgumentException.class);
        }

        @ParameterizedTest(name = "{0} and {1}")
        @CsvSource({"0, 0", "97, 98", "128, 1", "255, 65535", "-20, 236", "-128, 128"})
        void hashOfPadded_hashes_what_the_padded_hex_of_both_stands_for(long first, long second) {
            BigInteger a = BigInteger.valueOf(first);
            BigInteger b = BigInteger.valueOf(second);

            assertThat(SrpHex.hashOfPadded(a, b)).isEqualTo(SrpHex.hashOfHex(SrpHex.padHex(a) + SrpHex.padHex(b)));
        }

        @Test
        void hashOfPadded_of_group_elements_with_the_top_bit_set() {
            BigInteger a = SrpGroup.N.subtract(BigInteger.TWO);
            BigInteger b = SrpGroup.N.shiftRight(9);

            assertThat(SrpHex.hashOfPadded(a, b)).isEqualTo(SrpHex.hashOfHex(SrpHex.padHex(a) + SrpHex.padHex(b)));
            assertThat(SrpHex.hashOfPadded(b, a)).isNotEqualTo(SrpHex.hashOfPadded(a, b));
        }
    }
}
