package dev.cognitoes.user.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * New ID and access tokens were issued for a sign-in session in exchange for its refresh token
 * ({@code REFRESH_TOKEN_AUTH}); the refresh token stays as it was.
 *
 * @param refreshTokenId the id of the refresh token presented (base64url SHA-256 of the token)
 * @param originJti      the sign-in session the tokens belong to
 * @param eventId        the {@code event_id} of the new tokens
 */
@Revision("1")
public record UserTokensRefreshedEvent(String sub, String userPoolId, String clientId, String refreshTokenId,
                                       String originJti, String eventId, Instant refreshedAt) implements UserEvent {
}
