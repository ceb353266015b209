package dev.cognitoes.auth.token;

import dev.cognitoes.client.api.AppClientView;
import dev.cognitoes.user.api.UserView;
import java.time.Instant;
import java.util.Objects;

/**
 * What a sign-in established and the tokens are issued for.
 *
 * @param client    the app client the user signed in through; its token validities set the lifetimes and its
 *                  read attributes which attributes the ID token carries
 * @param user      the signed-in user, as stored now
 * @param authTime  when the user authenticated ({@code auth_time}); kept when tokens are refreshed
 * @param originJti the id of the sign-in session ({@code origin_jti}): shared by every token issued from it,
 *                  refreshed ones included, and what revoking the refresh token revokes
 * @param eventId   the id of the authentication event ({@code event_id})
 */
public record TokenGrant(AppClientView client, UserView user, Instant authTime, String originJti, String eventId) {
    public TokenGrant {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(authTime, "authTime");
        Objects.requireNonNull(originJti, "originJti");
        Objects.requireNonNull(eventId, "eventId");
        if (!client.userPoolId().equals(user.userPoolId())) {
            throw new IllegalArgumentException("client " + client.clientId() + " and user " + user.sub()
                    + " belong to different pools");
        }
    }

    public String userPoolId() {
        return user.userPoolId();
    }
}
