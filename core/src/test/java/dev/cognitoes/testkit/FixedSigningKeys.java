package dev.cognitoes.testkit;

import dev.cognitoes.auth.signing.RandomRsaKeyGenerator;
import dev.cognitoes.auth.signing.SigningKeyGenerator;
import java.security.KeyPair;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Hands out a few RSA-2048 key pairs drawn once per JVM, in the same order for every instance, so tests neither
 * pay for RSA generation with each pool nor depend on which keys they get. After {@value #KEYS} pairs an instance
 * starts over: three pools of one runtime have keys of their own, later ones share them.
 */
public final class FixedSigningKeys implements SigningKeyGenerator {

    /** How many distinct key pairs there are. */
    public static final int KEYS = 6;

    private static final class Pairs {
        static final List<KeyPair> ALL = IntStream.range(0, KEYS)
                .mapToObj(i -> new RandomRsaKeyGenerator().generate())
                .toList();
    }

    private final AtomicInteger next = new AtomicInteger();

    /** The {@code n}th pair an instance hands out, counting from 0. */
    public static KeyPair pair(int n) {
        return Pairs.ALL.get(n % KEYS);
    }

    @Override
    public KeyPair generate() {
        return pair(next.getAndIncrement());
    }
}
