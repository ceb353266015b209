package dev.cognitoes.user;

import dev.cognitoes.auth.KeyDerivation;
import dev.cognitoes.auth.token.IssuedRefreshToken;
import dev.cognitoes.auth.token.TokenIssuer;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * Refresh tokens: opaque to the client (sealed, like Cognito's encrypted refresh tokens), naming inside the pool
 * and user they were issued to, so a refresh finds its user without a lookup table. Whether a token is still
 * valid is the user aggregate's to decide, by the token's id ({@link TokenIssuer#refreshTokenId}), the only form
 * in which a token is ever stored. Thread-safe.
 */
final class RefreshTokens {

    private static final String FORMAT = "r1";
    private static final int NONCE_BYTES = 16;

    private final SignInSeal seal;
    private final SecureRandom random = new SecureRandom();

    RefreshTokens(SecretKey masterKey) {
        this.seal = new SignInSeal(masterKey, KeyDerivation.Purpose.REFRESH_TOKEN);
    }

    IssuedRefreshToken issue(String userPoolId, String sub, Instant expiresAt) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        String token = seal.seal(List.of(FORMAT, userPoolId, sub,
                Base64.getUrlEncoder().withoutPadding().encodeToString(nonce)));
        return new IssuedRefreshToken(token, TokenIssuer.refreshTokenId(token), expiresAt);
    }

    /** Whose token this is; empty when it is not a refresh token of this runtime or was altered. */
    Optional<Holder> open(String token) {
        return seal.open(token)
                .filter(fields -> fields.size() == 4 && FORMAT.equals(fields.get(0)))
                .map(fields -> new Holder(fields.get(1), fields.get(2), TokenIssuer.refreshTokenId(token)));
    }

    /** The pool and user a refresh token was issued to, and the token's id. */
    record Holder(String userPoolId, String sub, String tokenId) {
    }
}
