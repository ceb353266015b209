package dev.cognitoes.auth.token;

import java.time.Instant;
import java.util.Objects;

/**
 * A new refresh token: opaque, 256 random bits, meaningful only to this runtime.
 *
 * @param token     the token to hand to the client, and nowhere else: never into an event, a log or a message
 * @param tokenId   what to store to recognise and revoke the token: the base64url SHA-256 of {@code token}, from
 *                  which the token cannot be recovered ({@link TokenIssuer#refreshTokenId})
 * @param expiresAt when the client's refresh token validity ends
 */
public record IssuedRefreshToken(String token, String tokenId, Instant expiresAt) {
    public IssuedRefreshToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Names the token id, never the token. */
    @Override
    public String toString() {
        return "IssuedRefreshToken[token=***, tokenId=" + tokenId + ", expiresAt=" + expiresAt + "]";
    }
}
