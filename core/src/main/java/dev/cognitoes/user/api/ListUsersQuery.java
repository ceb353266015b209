package dev.cognitoes.user.api;

import dev.cognitoes.shared.CognitoQuery;
import java.util.List;
import java.util.Objects;

/**
 * ListUsers: one page of a pool's users.
 *
 * @param attributesToGet the attributes to show, or {@code null} for all of them; an empty list shows none
 * @param limit           0 to 60 users per page; {@code null} for 60
 * @param paginationToken the token of the previous page, or {@code null} for the first page
 * @param filter          a ListUsers filter such as {@code email ^= "jo"}, or {@code null} for every user
 */
public record ListUsersQuery(String userPoolId, List<String> attributesToGet, Integer limit, String paginationToken,
                             String filter) implements CognitoQuery<ListUsersResult> {
    public ListUsersQuery {
        Objects.requireNonNull(userPoolId, "userPoolId");
        attributesToGet = attributesToGet == null ? null : List.copyOf(attributesToGet);
    }

    /** The first page, every attribute, up to 60 users, no filter. */
    public static ListUsersQuery firstPage(String userPoolId) {
        return new ListUsersQuery(userPoolId, null, null, null, null);
    }
}
