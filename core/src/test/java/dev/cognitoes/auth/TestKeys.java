package dev.cognitoes.auth;

import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** Master keys for tests. */
public final class TestKeys {

    private TestKeys() {
    }

    /** The 32 bytes 00, 01, ... 1f, the master key the node-computed known answers were made with. */
    public static SecretKey countingMasterKey() {
        return new SecretKeySpec(HexFormat.of().parseHex(
                "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"), "AES");
    }

    public static SecretKey randomMasterKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new SecretKeySpec(key, "AES");
    }
}
