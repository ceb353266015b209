package dev.cognitoes.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Derives purpose-bound subkeys from the runtime's master key with HKDF-SHA256 (RFC 5869), so that no two
 * components ever use the same key: a sealing key cannot verify a code hash, and a leaked code-hash key opens no
 * sealed secret.
 *
 * <p>Every use of the master key is listed in {@link Purpose}, one constant per component, so the key's uses can be
 * audited in one place.
 */
public final class KeyDerivation {

    /** The smallest master key accepted: 128 bits. */
    public static final int MINIMUM_MASTER_KEY_BYTES = 16;

    static final int SUBKEY_BYTES = 32;

    private static final String HMAC_SHA256 = "HmacSHA256";
    private static final int HASH_BYTES = 32;

    private KeyDerivation() {
    }

    /**
     * What a subkey is for. Each constant belongs to exactly one component; its label is the HKDF info and never
     * changes once data keyed with it is stored.
     */
    public enum Purpose {
        /** The key of {@link dev.cognitoes.auth.secret.AesGcmSecretSealer}. */
        SECRET_SEALING("cognito-es/v1/secret-sealing"),
        /** The key of {@link dev.cognitoes.auth.code.HmacCodeHasher}. */
        CODE_HASHING("cognito-es/v1/code-hashing"),
        /** The key of {@link dev.cognitoes.shared.HmacPageTokens}. */
        PAGE_TOKENS("cognito-es/v1/page-tokens"),
        /** The key that seals the {@code SECRET_BLOCK} of {@link dev.cognitoes.auth.srp.SrpServer}. */
        SRP_SECRET_BLOCK("cognito-es/v1/srp-secret-block"),
        /** The key that seals the {@code Session} of sign-in challenges. */
        SIGN_IN_SESSION("cognito-es/v1/sign-in-session"),
        /** The key that seals refresh tokens. */
        REFRESH_TOKEN("cognito-es/v1/refresh-token"),
        /**
         * The key of {@link dev.cognitoes.auth.srp.DecoyPasswordVerifiers}, which answers SRP sign-ins of unknown
         * users with a salt and verifier derived from the name given.
         */
        DECOY_SRP_VERIFIER("cognito-es/v1/decoy-srp-verifier");

        private final String label;

        Purpose(String label) {
            this.label = label;
        }

        /** The HKDF info this purpose derives its key with. */
        public String label() {
            return label;
        }
    }

    /**
     * @param masterKey the runtime's master key ({@link dev.cognitoes.spi.StorageModule#masterKey()})
     * @param purpose   the component the key is for
     * @param algorithm the JCA algorithm name the subkey is for, such as {@code AES} or {@code HmacSHA256}
     * @return a 256-bit key, the same for the same master key and purpose
     * @throws IllegalArgumentException when the master key cannot be exported as raw bytes or is shorter than
     *                                  {@value #MINIMUM_MASTER_KEY_BYTES} bytes
     */
    public static SecretKey subkey(SecretKey masterKey, Purpose purpose, String algorithm) {
        Objects.requireNonNull(masterKey, "masterKey");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(algorithm, "algorithm");
        byte[] ikm = masterKey.getEncoded();
        if (ikm == null) {
            throw new IllegalArgumentException("the master key cannot be exported as raw bytes");
        }
        try {
            if (ikm.length < MINIMUM_MASTER_KEY_BYTES) {
                throw new IllegalArgumentException(
                        "the master key must have at least " + MINIMUM_MASTER_KEY_BYTES * 8 + " bits");
            }
            byte[] okm = hkdf(ikm, new byte[0], purpose.label().getBytes(StandardCharsets.UTF_8), SUBKEY_BYTES);
            try {
                return new SecretKeySpec(okm, algorithm);
            } finally {
                Arrays.fill(okm, (byte) 0);
            }
        } finally {
            Arrays.fill(ikm, (byte) 0);
        }
    }

    static byte[] hkdf(byte[] ikm, byte[] salt, byte[] info, int length) {
        if (length < 1 || length > 255 * HASH_BYTES) {
            throw new IllegalArgumentException("HKDF-SHA256 output length must be within 1.." + 255 * HASH_BYTES);
        }
        try {
            Mac mac = Mac.getInstance(HMAC_SHA256);
            mac.init(new SecretKeySpec(salt.length == 0 ? new byte[HASH_BYTES] : salt, HMAC_SHA256));
            byte[] prk = mac.doFinal(ikm);
            mac.init(new SecretKeySpec(prk, HMAC_SHA256));
            Arrays.fill(prk, (byte) 0);
            byte[] okm = new byte[length];
            byte[] block = new byte[0];
            int written = 0;
            for (int counter = 1; written < length; counter++) {
                mac.update(block);
                mac.update(info);
                mac.update((byte) counter);
                block = mac.doFinal();
                int take = Math.min(block.length, length - written);
                System.arraycopy(block, 0, okm, written, take);
                written += take;
            }
            Arrays.fill(block, (byte) 0);
            return okm;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM offers no HmacSHA256", e);
        }
    }
}
