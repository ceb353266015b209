package dev.cognitoes.group.api;

import dev.cognitoes.shared.CognitoQuery;
import java.util.Objects;

/**
 * ListUsersInGroup: one page of a group's members as users (ListUsers' {@code UserType}), ordered by {@code sub}.
 *
 * <p>Refused with ResourceNotFoundException when the pool or the group does not exist.
 *
 * @param limit     0 to 60 users per page; {@code null} or 0 for 60
 * @param nextToken the {@code nextToken} of the previous page, or {@code null} for the first page
 */
public record ListUsersInGroupQuery(String userPoolId, String groupName, Integer limit, String nextToken)
        implements CognitoQuery<GroupMembersPage> {
    public ListUsersInGroupQuery {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(groupName, "groupName");
    }

    /** The first page, up to 60 users. */
    public static ListUsersInGroupQuery firstPage(String userPoolId, String groupName) {
        return new ListUsersInGroupQuery(userPoolId, groupName, null, null);
    }
}
