package dev.cognitoes.http.group;

import static dev.cognitoes.http.operation.OperationHandler.emptyResponse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.group.api.AdminAddUserToGroupCommand;
import dev.cognitoes.group.api.AdminListGroupsForUserQuery;
import dev.cognitoes.group.api.AdminRemoveUserFromGroupCommand;
import dev.cognitoes.group.api.CreateGroupCommand;
import dev.cognitoes.group.api.DeleteGroupCommand;
import dev.cognitoes.group.api.GetGroupQuery;
import dev.cognitoes.group.api.GroupMembersPage;
import dev.cognitoes.group.api.GroupPage;
import dev.cognitoes.group.api.ListGroupsQuery;
import dev.cognitoes.group.api.ListUsersInGroupQuery;
import dev.cognitoes.group.api.UpdateGroupCommand;
import dev.cognitoes.http.group.GroupWire.AdminListGroupsForUserRequest;
import dev.cognitoes.http.group.GroupWire.GroupListResponse;
import dev.cognitoes.http.group.GroupWire.GroupNameRequest;
import dev.cognitoes.http.group.GroupWire.GroupResponse;
import dev.cognitoes.http.group.GroupWire.GroupSettingsRequest;
import dev.cognitoes.http.group.GroupWire.ListGroupsRequest;
import dev.cognitoes.http.group.GroupWire.ListUsersInGroupRequest;
import dev.cognitoes.http.group.GroupWire.ListUsersInGroupResponse;
import dev.cognitoes.http.group.GroupWire.MembershipRequest;
import dev.cognitoes.http.operation.OperationHandler;
import dev.cognitoes.http.operation.OperationSet;
import dev.cognitoes.http.operation.RequestContext;
import dev.cognitoes.http.user.UserWire;
import dev.cognitoes.http.wire.WireJson;
import java.util.Map;
import java.util.Objects;

/**
 * CreateGroup, GetGroup, UpdateGroup, DeleteGroup, ListGroups, AdminAddUserToGroup, AdminRemoveUserFromGroup,
 * AdminListGroupsForUser and ListUsersInGroup over HTTP.
 */
public final class GroupOperations implements OperationSet {

    private final CognitoRuntime runtime;

    public GroupOperations(CognitoRuntime runtime) {
        this.runtime = Objects.requireNonNull(runtime, "runtime");
    }

    @Override
    public Map<String, OperationHandler> handlers() {
        return Map.of(
                "CreateGroup", this::createGroup,
                "GetGroup", this::getGroup,
                "UpdateGroup", this::updateGroup,
                "DeleteGroup", emptyResponse(runtime, GroupNameRequest.class,
                        request -> new DeleteGroupCommand(request.userPoolId(), request.groupName())),
                "ListGroups", this::listGroups,
                "AdminAddUserToGroup", emptyResponse(runtime, MembershipRequest.class,
                        request -> new AdminAddUserToGroupCommand(request.userPoolId(), request.username(),
                                request.groupName())),
                "AdminRemoveUserFromGroup", emptyResponse(runtime, MembershipRequest.class,
                        request -> new AdminRemoveUserFromGroupCommand(request.userPoolId(), request.username(),
                                request.groupName())),
                "AdminListGroupsForUser", this::adminListGroupsForUser,
                "ListUsersInGroup", this::listUsersInGroup);
    }

    private Object createGroup(JsonNode body, RequestContext context) {
        GroupSettingsRequest request = WireJson.read(body, GroupSettingsRequest.class);
        return new GroupResponse(GroupWire.group(runtime.send(new CreateGroupCommand(request.userPoolId(),
                request.groupName(), request.description(), request.roleArn(), request.precedence()))));
    }

    private Object getGroup(JsonNode body, RequestContext context) {
        GroupNameRequest request = WireJson.read(body, GroupNameRequest.class);
        return new GroupResponse(GroupWire.group(runtime.query(new GetGroupQuery(request.userPoolId(),
                request.groupName()))));
    }

    private Object updateGroup(JsonNode body, RequestContext context) {
        GroupSettingsRequest request = WireJson.read(body, GroupSettingsRequest.class);
        return new GroupResponse(GroupWire.group(runtime.send(new UpdateGroupCommand(request.userPoolId(),
                request.groupName(), request.description(), request.roleArn(), request.precedence()))));
    }

    private Object listGroups(JsonNode body, RequestContext context) {
        ListGroupsRequest request = WireJson.read(body, ListGroupsRequest.class);
        GroupPage page = runtime.query(new ListGroupsQuery(request.userPoolId(), request.limit(),
                request.nextToken()));
        return new GroupListResponse(GroupWire.groups(page.groups()), page.nextToken());
    }

    private Object adminListGroupsForUser(JsonNode body, RequestContext context) {
        AdminListGroupsForUserRequest request = WireJson.read(body, AdminListGroupsForUserRequest.class);
        GroupPage page = runtime.query(new AdminListGroupsForUserQuery(request.userPoolId(), request.username(),
                request.limit(), request.nextToken()));
        return new GroupListResponse(GroupWire.groups(page.groups()), page.nextToken());
    }

    private Object listUsersInGroup(JsonNode body, RequestContext context) {
        ListUsersInGroupRequest request = WireJson.read(body, ListUsersInGroupRequest.class);
        GroupMembersPage page = runtime.query(new ListUsersInGroupQuery(request.userPoolId(), request.groupName(),
                request.limit(), request.nextToken()));
        return new ListUsersInGroupResponse(page.users().stream().map(UserWire::user).toList(), page.nextToken());
    }
}
