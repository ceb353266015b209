package dev.cognitoes.auth.secret;

import java.util.Objects;

/**
 * A secret encrypted with the runtime's master key, safe to keep in an event: without the master key, which is
 * never in the event log, it reveals nothing.
 *
 * @param ciphertext base64 of the nonce followed by the authenticated ciphertext
 */
public record SealedSecret(String ciphertext) {
    public SealedSecret {
        Objects.requireNonNull(ciphertext, "ciphertext");
    }

    @Override
    public String toString() {
        return "SealedSecret[sealed]";
    }
}
