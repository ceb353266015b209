package dev.cognitoes.auth.secret;

import dev.cognitoes.auth.KeyDerivation;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * The production {@link SecretSealer}: AES-256-GCM under a subkey derived from the master key for this purpose
 * alone, a fresh random 96-bit nonce per seal, and {@code base64(nonce | ciphertext | 128-bit tag)} as the sealed
 * form. Any change to a sealed value, and any other master key, makes {@link #unseal} refuse it.
 *
 * <p>Random nonces keep the collision risk negligible up to about 2<sup>32</sup> seals per master key, far above
 * the number of client secrets and signing keys a runtime stores. Thread-safe.
 */
public final class AesGcmSecretSealer implements SecretSealer {

    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private final SecretKey key;
    private final SecureRandom random;

    /**
     * @param masterKey the runtime's master key; the sealing key is derived from it and never equals it
     */
    public AesGcmSecretSealer(SecretKey masterKey) {
        this(masterKey, new SecureRandom());
    }

    AesGcmSecretSealer(SecretKey masterKey, SecureRandom random) {
        this.key = KeyDerivation.subkey(masterKey, KeyDerivation.Purpose.SECRET_SEALING, "AES");
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public SealedSecret seal(String secret) {
        Objects.requireNonNull(secret, "secret");
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            ByteBuffer out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed);
            return new SealedSecret(Base64.getEncoder().encodeToString(out.array()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot seal with " + TRANSFORMATION, e);
        }
    }

    /**
     * @throws IllegalStateException when the value was not sealed by a sealer with this master key, or was
     *                               altered; the message reveals nothing of the value
     */
    @Override
    public String unseal(SealedSecret sealed) {
        Objects.requireNonNull(sealed, "sealed");
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(sealed.ciphertext());
        } catch (IllegalArgumentException notBase64) {
            throw refused();
        }
        if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
            throw refused();
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException wrongKeyOrAltered) {
            throw refused();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot unseal with " + TRANSFORMATION, e);
        }
    }

    private static IllegalStateException refused() {
        return new IllegalStateException(
                "the sealed secret was not sealed with this runtime's master key or was altered");
    }
}
