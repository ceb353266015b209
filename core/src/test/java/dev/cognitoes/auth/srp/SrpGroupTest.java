package dev.cognitoes.auth.srp;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The SRP group")
class SrpGroupTest {

    @Test
    void the_prime_has_3072_bits() {
        assertThat(SrpGroup.N.bitLength()).isEqualTo(3072);
    }

    @Test
    @DisplayName("the prime is 2^3072 - 2^3008 - 1 + 2^64 * (floor(2^2942 * pi) + 1690314), as RFC 3526 defines it")
    void the_prime_is_built_from_pi() {
        BigInteger expected = BigInteger.TWO.pow(3072)
                .subtract(BigInteger.TWO.pow(3008))
                .subtract(BigInteger.ONE)
                .add(BigInteger.TWO.pow(64).multiply(piTimesTwoToThe(2942).add(BigInteger.valueOf(1690314))));

        assertThat(SrpGroup.N).isEqualTo(expected);
    }

    @Test
    void the_prime_is_a_safe_prime() {
        assertThat(SrpGroup.N.isProbablePrime(64)).isTrue();
        assertThat(SrpGroup.N.shiftRight(1).isProbablePrime(64)).isTrue();
    }

    @Test
    void the_generator_is_2() {
        assertThat(SrpGroup.G).isEqualTo(BigInteger.TWO);
    }

    @Test
    @DisplayName("k is the value amazon-cognito-identity-js 6.3.21 computes")
    void the_multiplier() {
        assertThat(SrpHex.padHex(SrpGroup.K))
                .isEqualTo("538282c4354742d7cbbde2359fcf67f9f5b3a6b08791e5011b43b8a5b66d9ee6");
    }

    private static BigInteger piTimesTwoToThe(int bits) {
        int guardBits = 64;
        BigInteger one = BigInteger.ONE.shiftLeft(bits + guardBits);
        BigInteger pi = arctanOfInverse(5, one).shiftLeft(4).subtract(arctanOfInverse(239, one).shiftLeft(2));
        return pi.shiftRight(guardBits);
    }

    private static BigInteger arctanOfInverse(int x, BigInteger one) {
        BigInteger xSquared = BigInteger.valueOf((long) x * x);
        BigInteger power = one.divide(BigInteger.valueOf(x));
        BigInteger sum = power;
        for (int k = 1; power.signum() != 0; k++) {
            power = power.divide(xSquared);
            BigInteger term = power.divide(BigInteger.valueOf(2L * k + 1));
            sum = k % 2 == 1 ? sum.subtract(term) : sum.add(term);
        }
        return sum;
    }
}
