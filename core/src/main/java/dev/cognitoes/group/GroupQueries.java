package dev.cognitoes.group;

import dev.cognitoes.group.api.AdminListGroupsForUserQuery;
import dev.cognitoes.group.api.GetGroupQuery;
import dev.cognitoes.group.api.GroupMembersPage;
import dev.cognitoes.group.api.GroupPage;
import dev.cognitoes.group.api.GroupView;
import dev.cognitoes.group.api.ListGroupsQuery;
import dev.cognitoes.group.api.ListUsersInGroupQuery;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.shared.PageTokens;
import dev.cognitoes.user.api.UserView;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.Configuration;
import org.axonframework.queryhandling.QueryHandler;

/** Answers GetGroup, ListGroups, AdminListGroupsForUser and ListUsersInGroup from the group read model. */
final class GroupQueries {

    static final int MAX_PAGE = 60;

    private final GroupLookups lookups;

    GroupQueries(Configuration configuration) {
        this.lookups = new GroupLookups(configuration);
    }

    @QueryHandler
    GroupView handle(GetGroupQuery query) {
        String poolId = lookups.pool(query.userPoolId()).id();
        return lookups.group(poolId, query.groupName());
    }

    @QueryHandler
    GroupPage handle(ListGroupsQuery query) {
        int limit = pageSize(query.limit());
        String poolId = lookups.pool(query.userPoolId()).id();
        String listName = "ListGroups:" + poolId;
        String after = query.nextToken() == null ? null : tokens().open(listName, query.nextToken());
        List<GroupView> groups = lookups.groups().listAfter(poolId, after, limit + 1);
        if (groups.size() <= limit) {
            return new GroupPage(groups, null);
        }
        List<GroupView> page = groups.subList(0, limit);
        return new GroupPage(page, tokens().issue(listName, page.get(limit - 1).groupName()));
    }

    @QueryHandler
    GroupPage handle(AdminListGroupsForUserQuery query) {
        int limit = pageSize(query.limit());
        String poolId = lookups.pool(query.userPoolId()).id();
        UserView user = lookups.user(poolId, query.username());
        String listName = "AdminListGroupsForUser:" + poolId + ":" + user.sub();
        Optional<GroupView> after = Optional.ofNullable(query.nextToken())
                .map(token -> rankMarker(poolId, tokens().open(listName, token)));
        List<GroupView> groups = lookups.groups().groupsOf(poolId, user.sub()).stream()
                .sorted(GroupView.BY_PRECEDENCE)
                .filter(group -> after.isEmpty() || GroupView.BY_PRECEDENCE.compare(group, after.get()) > 0)
                .limit(limit + 1L)
                .toList();
        if (groups.size() <= limit) {
            return new GroupPage(groups, null);
        }
        List<GroupView> page = groups.subList(0, limit);
        return new GroupPage(page, tokens().issue(listName, rankPosition(page.get(limit - 1))));
    }

    @QueryHandler
    GroupMembersPage handle(ListUsersInGroupQuery query) {
        int limit = pageSize(query.limit());
        String poolId = lookups.pool(query.userPoolId()).id();
        GroupView group = lookups.group(poolId, query.groupName());
        String listName = "ListUsersInGroup:" + poolId + ":" + group.groupName();
        String after = query.nextToken() == null ? null : tokens().open(listName, query.nextToken());
        List<String> subs = lookups.groups().membersAfter(poolId, group.groupName(), after, limit + 1);
        String next = null;
        if (subs.size() > limit) {
            subs = subs.subList(0, limit);
            next = tokens().issue(listName, subs.get(limit - 1));
        }
        List<UserView> users = subs.stream()
                .flatMap(sub -> lookups.users().findBySub(poolId, sub).stream())
                .toList();
        return new GroupMembersPage(users, next);
    }

    /** Where a group ranks, as a page position: {@code <precedence>:<name>}, the precedence empty when none. */
    private static String rankPosition(GroupView group) {
        return (group.precedence() == null ? "" : group.precedence().toString()) + ":" + group.groupName();
    }

    /** A stand-in group that ranks where {@code position} says, to compare the user's groups with. */
    private static GroupView rankMarker(String poolId, String position) {
        int colon = position.indexOf(':');
        Integer precedence = colon == 0 ? null : Integer.valueOf(position.substring(0, colon));
        return new GroupView(poolId, position.substring(colon + 1), null, null, precedence, Instant.EPOCH,
                Instant.EPOCH);
    }

    private PageTokens tokens() {
        return lookups.component(PageTokens.class);
    }

    private static int pageSize(Integer limit) {
        if (limit == null || limit == 0) {
            return MAX_PAGE;
        }
        if (limit < 0 || limit > MAX_PAGE) {
            throw new CognitoException(CognitoError.INVALID_PARAMETER, "1 validation error detected: Value '"
                    + limit + "' at 'limit' failed to satisfy constraint: Member must have value "
                    + (limit < 0 ? "greater than or equal to 0" : "less than or equal to " + MAX_PAGE));
        }
        return limit;
    }
}
