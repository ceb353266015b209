package dev.cognitoes.user;

import dev.cognitoes.auth.KeyDerivation;
import dev.cognitoes.auth.token.IssuedRefreshToken;
import dev.cognitoes.auth.token.TokenIssuer;
import dev.cognitoes.user.SignInCommands.PresentedRefreshToken;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * Refresh tokens: opaque to the client (sealed, like Cognito's encrypted refresh tokens), naming inside the pool
 * and user they were issued to, the app client, the sign-in session ({@code origin_jti}) and its auth time, when
 * the token was issued and when it expires. A refresh finds its user without a lookup table, and the user
 * aggregate decides whether the token is still valid from what it carries and the few revocations it keeps, so
 * the aggregate does not grow with sign-ins. A token is stored only as its id ({@link TokenIssuer#refreshTokenId}).
 * Thread-safe.
 */
final class RefreshTokens {

    private static final String FORMAT = "r2";
    private static final int FIELDS = 9;
    private static final int NONCE_BYTES = 16;

    private final SignInSeal seal;
    private final SecureRandom random = new SecureRandom();

    RefreshTokens(SecretKey masterKey) {
        this.seal = new SignInSeal(masterKey, KeyDerivation.Purpose.REFRESH_TOKEN);
    }

    IssuedRefreshToken issue(String userPoolId, String sub, String clientId, String originJti, Instant authTime,
                             Instant issuedAt, Instant expiresAt) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        String token = seal.seal(List.of(FORMAT, userPoolId, sub,
                Base64.getUrlEncoder().withoutPadding().encodeToString(nonce), clientId, originJti,
                authTime.toString(), issuedAt.toString(), expiresAt.toString()));
        return new IssuedRefreshToken(token, TokenIssuer.refreshTokenId(token), expiresAt);
    }

    /** Whose token this is and what it carries; empty when it is not a refresh token of this runtime or was altered. */
    Optional<Holder> open(String token) {
        return seal.open(token)
                .filter(fields -> fields.size() == FIELDS && FORMAT.equals(fields.get(0)))
                .flatMap(fields -> holder(fields, TokenIssuer.refreshTokenId(token)));
    }

    private static Optional<Holder> holder(List<String> fields, String tokenId) {
        try {
            return Optional.of(new Holder(fields.get(1), fields.get(2), new PresentedRefreshToken(tokenId,
                    fields.get(4), fields.get(5), Instant.parse(fields.get(6)), Instant.parse(fields.get(7)),
                    Instant.parse(fields.get(8)))));
        } catch (DateTimeParseException notOurs) {
            return Optional.empty();
        }
    }

    /** The pool and user a refresh token was issued to, and what the token says of itself. */
    record Holder(String userPoolId, String sub, PresentedRefreshToken token) {
    }
}
