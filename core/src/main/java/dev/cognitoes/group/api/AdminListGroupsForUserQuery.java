package dev.cognitoes.group.api;

import dev.cognitoes.shared.CognitoQuery;
import java.util.Objects;

/**
 * AdminListGroupsForUser: one page of the groups a user is a member of, ordered {@link GroupView#BY_PRECEDENCE}.
 * The user is found as AdminGetUser finds it.
 *
 * <p>Refused with ResourceNotFoundException when the pool does not exist and UserNotFoundException when the user
 * does not.
 *
 * @param limit     0 to 60 groups per page; {@code null} or 0 for 60
 * @param nextToken the {@code nextToken} of the previous page, or {@code null} for the first page
 */
public record AdminListGroupsForUserQuery(String userPoolId, String username, Integer limit, String nextToken)
        implements CognitoQuery<GroupPage> {
    public AdminListGroupsForUserQuery {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(username, "username");
    }

    /** The first page, up to 60 groups. */
    public static AdminListGroupsForUserQuery firstPage(String userPoolId, String username) {
        return new AdminListGroupsForUserQuery(userPoolId, username, null, null);
    }
}
