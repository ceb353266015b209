package dev.cognitoes.user.api;

import java.util.List;

/**
 * One page of ListUsers.
 *
 * @param paginationToken the token for the next page, {@code null} on the last page
 */
public record ListUsersResult(List<UserView> users, String paginationToken) {
    public ListUsersResult {
        users = List.copyOf(users);
    }
}
