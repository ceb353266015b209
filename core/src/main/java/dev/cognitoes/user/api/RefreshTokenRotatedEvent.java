package dev.cognitoes.user.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * New ID, access and refresh tokens were issued for a sign-in session in exchange for its refresh token
 * (GetTokensFromRefreshToken with refresh token rotation): the new refresh token continues the session, the one
 * presented works until {@code previousValidUntil} only. No token is recorded, only ids.
 *
 * @param previousRefreshTokenId the id of the refresh token presented
 * @param previousValidUntil     when the presented token stops working: the rotation time plus the client's
 *                               retry grace period
 * @param refreshTokenId         the id of the new refresh token
 * @param refreshTokenExpiresAt  when the new refresh token stops working
 * @param originJti              the sign-in session, kept by the new tokens
 * @param eventId                the {@code event_id} of the new tokens
 */
@Revision("1")
public record RefreshTokenRotatedEvent(String sub, String userPoolId, String clientId,
                                       String previousRefreshTokenId, Instant previousValidUntil,
                                       String refreshTokenId, Instant refreshTokenExpiresAt, String originJti,
                                       String eventId, Instant rotatedAt) implements UserEvent {
}
