package dev.cognitoes.auth.srp;

import java.util.Objects;

/**
 * A password as cognito-es keeps it: an SRP-6a verifier {@code v = g^x mod N} over the 3072-bit group of
 * RFC 5054, with {@code x = SHA256(salt | SHA256(poolIdSuffix | username | ":" | password))}, exactly as Cognito
 * derives it, so that the SRP sign-in of Cognito's client libraries works against it. The password itself cannot
 * be recovered from it.
 *
 * @param salt     hex of the salt, as the {@code SALT} challenge parameter carries it
 * @param verifier hex of the verifier
 */
public record PasswordVerifier(String salt, String verifier) {
    public PasswordVerifier {
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(verifier, "verifier");
    }
}
