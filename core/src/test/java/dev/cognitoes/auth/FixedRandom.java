package dev.cognitoes.auth;

import java.security.SecureRandom;
import java.util.Arrays;

/**
 * A {@link SecureRandom} that fills every request with the same byte, so salts repeat and tests can state exact
 * hashes and verifiers. Offers no randomness; tests only.
 */
public final class FixedRandom extends SecureRandom {

    private final byte value;

    public FixedRandom(int value) {
        this.value = (byte) value;
    }

    @Override
    public synchronized void nextBytes(byte[] bytes) {
        Arrays.fill(bytes, value);
    }
}
