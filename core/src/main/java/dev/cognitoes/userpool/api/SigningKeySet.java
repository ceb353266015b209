package dev.cognitoes.userpool.api;

import java.util.List;

/**
 * A pool's public signing keys: a JSON Web Key Set (RFC 7517) of RS256 keys, oldest first.
 *
 * @param keys every key the pool's tokens may carry in their {@code kid}
 */
public record SigningKeySet(List<SigningPublicKey> keys) {
    public SigningKeySet {
        keys = List.copyOf(keys);
    }
}
