package dev.cognitoes.auth.token;

import dev.cognitoes.client.api.AppClientView;
import dev.cognitoes.group.api.GroupView;
import dev.cognitoes.user.api.UserView;
import java.time.Instant;
import java.util.List;
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
 * @param groups    the groups the user is a member of when the tokens are issued, kept in
 *                  {@link GroupView#BY_PRECEDENCE} order; they become {@code cognito:groups}, {@code cognito:roles}
 *                  and {@code cognito:preferred_role}
 */
public record TokenGrant(AppClientView client, UserView user, Instant authTime, String originJti, String eventId,
                         List<GroupView> groups) {
    public TokenGrant {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(authTime, "authTime");
        Objects.requireNonNull(originJti, "originJti");
        Objects.requireNonNull(eventId, "eventId");
        groups = groups.stream().sorted(GroupView.BY_PRECEDENCE).toList();
        if (!client.userPoolId().equals(user.userPoolId())) {
            throw new IllegalArgumentException("client " + client.clientId() + " and user " + user.sub()
                    + " belong to different pools");
        }
        for (GroupView group : groups) {
            if (!group.userPoolId().equals(user.userPoolId())) {
                throw new IllegalArgumentException("group " + group.groupName() + " and user " + user.sub()
                        + " belong to different pools");
            }
        }
    }

    /** A grant for a user who is a member of no group. */
    public TokenGrant(AppClientView client, UserView user, Instant authTime, String originJti, String eventId) {
        this(client, user, authTime, originJti, eventId, List.of());
    }

    public String userPoolId() {
        return user.userPoolId();
    }
}
