package dev.cognitoes.user.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * One refresh token was revoked (RevokeToken) through the app client it was issued to: it no longer refreshes,
 * and no access token of its sign-in session is accepted any more. The user's other sessions are unaffected.
 *
 * @param refreshTokenId the id of the revoked refresh token (base64url SHA-256 of the token)
 * @param originJti      the sign-in session whose tokens stop working, their {@code origin_jti}
 */
@Revision("1")
public record RefreshTokenRevokedEvent(String sub, String userPoolId, String clientId, String refreshTokenId,
                                       String originJti, Instant revokedAt) implements UserEvent {
}
