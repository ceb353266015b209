package dev.cognitoes.auth.token;

import java.time.Instant;
import java.util.List;

/**
 * The claims of an access token that verified: signed by its pool's key, issued by this runtime, not expired.
 *
 * @param userPoolId the pool, taken from {@code iss}
 * @param sub        the user's {@code sub}
 * @param username   the user's username ({@code username})
 * @param clientId   the app client the token was issued to ({@code client_id})
 * @param originJti  the sign-in session ({@code origin_jti}), for revocation checks
 * @param eventId    the authentication event ({@code event_id})
 * @param jti        this token's id
 * @param scopes     the scopes ({@code scope}, split at spaces)
 */
public record AccessTokenClaims(String userPoolId, String sub, String username, String clientId, String originJti,
                                String eventId, String jti, List<String> scopes, Instant authTime, Instant issuedAt,
                                Instant expiresAt) {
    public AccessTokenClaims {
        scopes = List.copyOf(scopes);
    }
}
