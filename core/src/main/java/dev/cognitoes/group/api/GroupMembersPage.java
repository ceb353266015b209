package dev.cognitoes.group.api;

import dev.cognitoes.user.api.UserView;
import java.util.List;

/**
 * A page of a group's members, as ListUsersInGroup answers.
 *
 * @param nextToken present when more members follow; pass it in the next query
 */
public record GroupMembersPage(List<UserView> users, String nextToken) {
    public GroupMembersPage {
        users = List.copyOf(users);
    }
}
