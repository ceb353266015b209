package dev.cognitoes.testkit;

import dev.cognitoes.auth.secret.SealedSecret;
import dev.cognitoes.auth.secret.SecretSealer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A deterministic stand-in for the runtime's sealer: the same secret always seals to the same text, which is not
 * the secret itself, so tests can state the exact events. Offers no protection; tests only.
 */
public final class ReversibleSecretSealer implements SecretSealer {

    private static final String PREFIX = "test-sealed:";

    @Override
    public SealedSecret seal(String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] ^= 0x5a;
        }
        return new SealedSecret(PREFIX + Base64.getEncoder().encodeToString(bytes));
    }

    @Override
    public String unseal(SealedSecret sealed) {
        if (!sealed.ciphertext().startsWith(PREFIX)) {
            throw new IllegalStateException("not sealed by this sealer");
        }
        byte[] bytes = Base64.getDecoder().decode(sealed.ciphertext().substring(PREFIX.length()));
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] ^= 0x5a;
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
