package dev.cognitoes.user.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The user signed in: tokens were issued for a new sign-in session. The tokens themselves are never recorded.
 *
 * @param clientId              the app client the user signed in through
 * @param authFlow              how: {@code USER_SRP_AUTH}, {@code USER_PASSWORD_AUTH} or
 *                              {@code ADMIN_USER_PASSWORD_AUTH} (also for its old name {@code ADMIN_NO_SRP_AUTH})
 * @param answeredSessionId     the id of the challenge session answered last, which cannot be answered again;
 *                              {@code null} when the sign-in needed no challenge
 * @param originJti             the sign-in session's id, the {@code origin_jti} of every token issued from it
 * @param eventId               the authentication event's id, the tokens' {@code event_id}
 * @param refreshTokenId        the id of the refresh token issued (base64url SHA-256 of the token), from which
 *                              the token cannot be recovered
 * @param refreshTokenExpiresAt when that refresh token stops working
 * @param signedInAt            when the user authenticated: the tokens' {@code auth_time}
 */
@Revision("1")
public record UserSignedInEvent(String sub, String userPoolId, String clientId, String authFlow,
                                String answeredSessionId, String originJti, String eventId, String refreshTokenId,
                                Instant refreshTokenExpiresAt, Instant signedInAt) implements UserEvent {
}
