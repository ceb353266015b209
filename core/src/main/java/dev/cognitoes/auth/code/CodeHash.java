package dev.cognitoes.auth.code;

import java.util.Objects;

/**
 * A one-time code as events keep it: a salted hash keyed with the runtime's master key, so that even the
 * million possible six-digit codes cannot be tried against it without that key.
 *
 * @param salt base64 of the random salt
 * @param hash base64 of the keyed hash
 */
public record CodeHash(String salt, String hash) {
    public CodeHash {
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(hash, "hash");
    }
}
