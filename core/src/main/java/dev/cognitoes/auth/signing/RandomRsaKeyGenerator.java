package dev.cognitoes.auth.signing;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/** The production {@link SigningKeyGenerator}: RSA-2048 key pairs from the JVM's generator and a SecureRandom. */
public final class RandomRsaKeyGenerator implements SigningKeyGenerator {

    private final SecureRandom random = new SecureRandom();

    @Override
    public KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(RSA_BITS, random);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM offers no RSA", e);
        }
    }
}
