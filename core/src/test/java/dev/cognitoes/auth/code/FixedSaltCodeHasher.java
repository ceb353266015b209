package dev.cognitoes.auth.code;

import dev.cognitoes.auth.FixedRandom;
import dev.cognitoes.auth.TestKeys;

/** The production {@link HmacCodeHasher} under a fixed master key and salt: the same code always hashes alike. */
public final class FixedSaltCodeHasher {

    private FixedSaltCodeHasher() {
    }

    public static CodeHasher create() {
        return new HmacCodeHasher(TestKeys.countingMasterKey(), new FixedRandom(0x5a));
    }
}
