package dev.cognitoes.userpool.api;

import dev.cognitoes.auth.secret.SealedSecret;
import java.time.Instant;
import java.util.Objects;

/**
 * One of a pool's signing keys as its read model keeps it: the public half in clear, the private half sealed
 * with the runtime's master key, so neither the read model nor the event log holds it in recoverable form.
 *
 * @param signs            the kind of token the key signs
 * @param publicKey        the JWK the pool publishes
 * @param sealedPrivateKey the private key as a JWK in JSON (RFC 7517 with {@code d}, {@code p}, {@code q}, ...),
 *                         sealed
 * @param createdAt        when the key was made
 */
public record PoolSigningKey(TokenUse signs, SigningPublicKey publicKey, SealedSecret sealedPrivateKey,
                             Instant createdAt) {
    public PoolSigningKey {
        Objects.requireNonNull(signs, "signs");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(sealedPrivateKey, "sealedPrivateKey");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The id tokens signed with this key carry in their header. */
    public String kid() {
        return publicKey.kid();
    }
}
