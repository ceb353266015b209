package dev.cognitoes.http.group;

import dev.cognitoes.group.api.GroupView;
import dev.cognitoes.http.user.UserWire.UserTypeWire;
import java.time.Instant;
import java.util.List;

/**
 * Maps the group operations' wire shapes (Cognito's {@code CreateGroupRequest}, {@code GroupType}, ...) to the
 * domain's records and back. Members are listed as the user operations' {@code UserType}.
 */
final class GroupWire {

    private GroupWire() {
    }

    /** CreateGroup and UpdateGroup. */
    record GroupSettingsRequest(String userPoolId, String groupName, String description, String roleArn,
                                Integer precedence) {
    }

    /** GetGroup and DeleteGroup. */
    record GroupNameRequest(String userPoolId, String groupName) {
    }

    /** AdminAddUserToGroup and AdminRemoveUserFromGroup. */
    record MembershipRequest(String userPoolId, String username, String groupName) {
    }

    record ListGroupsRequest(String userPoolId, Integer limit, String nextToken) {
    }

    record AdminListGroupsForUserRequest(String userPoolId, String username, Integer limit, String nextToken) {
    }

    record ListUsersInGroupRequest(String userPoolId, String groupName, Integer limit, String nextToken) {
    }

    /** CreateGroup, GetGroup and UpdateGroup. */
    record GroupResponse(GroupTypeWire group) {
    }

    /** ListGroups and AdminListGroupsForUser. */
    record GroupListResponse(List<GroupTypeWire> groups, String nextToken) {
    }

    record ListUsersInGroupResponse(List<UserTypeWire> users, String nextToken) {
    }

    record GroupTypeWire(String groupName, String userPoolId, String description, String roleArn,
                         Integer precedence, Instant lastModifiedDate, Instant creationDate) {
    }

    static GroupTypeWire group(GroupView group) {
        return new GroupTypeWire(group.groupName(), group.userPoolId(), group.description(), group.roleArn(),
                group.precedence(), group.lastModifiedDate(), group.creationDate());
    }

    static List<GroupTypeWire> groups(List<GroupView> groups) {
        return groups.stream().map(GroupWire::group).toList();
    }
}
