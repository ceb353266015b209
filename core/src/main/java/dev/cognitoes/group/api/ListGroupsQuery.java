package dev.cognitoes.group.api;

import dev.cognitoes.shared.CognitoQuery;
import java.util.Objects;

/**
 * ListGroups: one page of a pool's groups, ordered by name (plain string order).
 *
 * @param limit     0 to 60 groups per page; {@code null} or 0 for 60
 * @param nextToken the {@code nextToken} of the previous page, or {@code null} for the first page
 */
public record ListGroupsQuery(String userPoolId, Integer limit, String nextToken)
        implements CognitoQuery<GroupPage> {
    public ListGroupsQuery {
        Objects.requireNonNull(userPoolId, "userPoolId");
    }

    /** The first page, up to 60 groups. */
    public static ListGroupsQuery firstPage(String userPoolId) {
        return new ListGroupsQuery(userPoolId, null, null);
    }
}
