package dev.cognitoes.auth.code;

import dev.cognitoes.auth.KeyDerivation;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * The production {@link CodeHasher}: {@code HMAC-SHA256(subkey, salt | code)} with 16 random salt bytes per code
 * and a subkey derived from the master key for this purpose alone. Without the master key, a stored hash cannot be
 * tested against the million six-digit codes. Thread-safe.
 */
public final class HmacCodeHasher implements CodeHasher {

    static final int SALT_BYTES = 16;

    private static final String HMAC_SHA256 = "HmacSHA256";

    private final SecretKey key;
    private final SecureRandom random;

    /**
     * @param masterKey the runtime's master key; the hashing key is derived from it and never equals it
     */
    public HmacCodeHasher(SecretKey masterKey) {
        this(masterKey, new SecureRandom());
    }

    HmacCodeHasher(SecretKey masterKey, SecureRandom random) {
        this.key = KeyDerivation.subkey(masterKey, KeyDerivation.Purpose.CODE_HASHING, HMAC_SHA256);
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public CodeHash hash(String code) {
        Objects.requireNonNull(code, "code");
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder();
        return new CodeHash(base64.encodeToString(salt), base64.encodeToString(mac(salt, code)));
    }

    /**
     * @return whether {@code code} is the code {@code expected} was made from; the comparison takes the same time
     *         wherever the two differ
     * @throws IllegalArgumentException when {@code expected} is not a hash this class produced
     */
    @Override
    public boolean matches(CodeHash expected, String code) {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(code, "code");
        Base64.Decoder base64 = Base64.getDecoder();
        byte[] salt = base64.decode(expected.salt());
        byte[] hash = base64.decode(expected.hash());
        return MessageDigest.isEqual(hash, mac(salt, code));
    }

    private byte[] mac(byte[] salt, String code) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA256);
            mac.init(key);
            mac.update(salt);
            return mac.doFinal(code.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM offers no " + HMAC_SHA256, e);
        }
    }
}
