package dev.cognitoes.persistence.jdbc;

import dev.cognitoes.group.api.GroupView;
import dev.cognitoes.spi.GroupStore;
import java.util.List;
import java.util.Optional;

/**
 * Groups in table {@code cognito_group} (the view as JSON, keyed by pool and name) and memberships in
 * {@code cognito_group_member} (keyed by group, pool and {@code sub}, indexed by {@code sub} and pool). A user's
 * groups are one join.
 */
final class JdbcGroupStore implements GroupStore {

    static final String FIRST_MEMBERS = "SELECT sub FROM cognito_group_member"
            + " WHERE user_pool_id = ? AND group_name = ? ORDER BY sub LIMIT ?";
    static final String MEMBERS_AFTER = "SELECT sub FROM cognito_group_member"
            + " WHERE user_pool_id = ? AND group_name = ? AND sub > ? ORDER BY sub LIMIT ?";

    private static final Sql.Row<GroupView> GROUP = row -> Sql.fromJson(row.getString(1), GroupView.class);

    private final Sql sql;
    private final String upsertGroup;
    private final String insertMember;

    JdbcGroupStore(Sql sql, JdbcDialect dialect) {
        this.sql = sql;
        this.upsertGroup = dialect.upsert("cognito_group", List.of("user_pool_id", "group_name"),
                List.of("view_json"));
        this.insertMember = dialect.insertIfAbsent("cognito_group_member",
                List.of("user_pool_id", "group_name", "sub"), List.of());
    }

    @Override
    public void save(GroupView group) {
        sql.update("save a group of " + group.userPoolId(), upsertGroup, group.userPoolId(), group.groupName(),
                Sql.toJson(group));
    }

    @Override
    public Optional<GroupView> find(String userPoolId, String groupName) {
        return sql.queryOne("find a group of " + userPoolId,
                "SELECT view_json FROM cognito_group WHERE user_pool_id = ? AND group_name = ?", GROUP, userPoolId,
                groupName);
    }

    @Override
    public List<GroupView> listAfter(String userPoolId, String afterGroupName, int limit) {
        if (afterGroupName == null) {
            return sql.query("list the groups of " + userPoolId, "SELECT view_json FROM cognito_group"
                    + " WHERE user_pool_id = ? ORDER BY group_name LIMIT ?", GROUP, userPoolId, limit);
        }
        return sql.query("list the groups of " + userPoolId, "SELECT view_json FROM cognito_group"
                + " WHERE user_pool_id = ? AND group_name > ? ORDER BY group_name LIMIT ?", GROUP, userPoolId,
                afterGroupName, limit);
    }

    @Override
    public void delete(String userPoolId, String groupName) {
        sql.inTransaction(() -> {
            sql.update("remove the members of a group of " + userPoolId,
                    "DELETE FROM cognito_group_member WHERE user_pool_id = ? AND group_name = ?", userPoolId,
                    groupName);
            sql.update("delete a group of " + userPoolId,
                    "DELETE FROM cognito_group WHERE user_pool_id = ? AND group_name = ?", userPoolId, groupName);
        });
    }

    @Override
    public void addMember(String userPoolId, String groupName, String sub) {
        sql.update("add a member to a group of " + userPoolId, insertMember, userPoolId, groupName, sub);
    }

    @Override
    public void removeMember(String userPoolId, String groupName, String sub) {
        sql.update("remove a member from a group of " + userPoolId, "DELETE FROM cognito_group_member"
                + " WHERE user_pool_id = ? AND group_name = ? AND sub = ?", userPoolId, groupName, sub);
    }

    @Override
    public List<String> membersAfter(String userPoolId, String groupName, String afterSub, int limit) {
        if (afterSub == null) {
            return sql.query("list the members of a group of " + userPoolId, FIRST_MEMBERS, row -> row.getString(1),
                    userPoolId, groupName, limit);
        }
        return sql.query("list the members of a group of " + userPoolId, MEMBERS_AFTER, row -> row.getString(1),
                userPoolId, groupName, afterSub, limit);
    }

    @Override
    public List<GroupView> groupsOf(String userPoolId, String sub) {
        return sql.query("list the groups of user " + sub, "SELECT g.view_json FROM cognito_group_member m"
                + " JOIN cognito_group g ON g.user_pool_id = m.user_pool_id AND g.group_name = m.group_name"
                + " WHERE m.user_pool_id = ? AND m.sub = ? ORDER BY g.group_name", GROUP, userPoolId, sub);
    }

    @Override
    public void deleteMemberships(String userPoolId, String sub) {
        sql.update("end the memberships of user " + sub,
                "DELETE FROM cognito_group_member WHERE user_pool_id = ? AND sub = ?", userPoolId, sub);
    }

    @Override
    public void deletePool(String userPoolId) {
        sql.inTransaction(() -> {
            sql.update("remove the memberships of pool " + userPoolId,
                    "DELETE FROM cognito_group_member WHERE user_pool_id = ?", userPoolId);
            sql.update("delete the groups of pool " + userPoolId, "DELETE FROM cognito_group WHERE user_pool_id = ?",
                    userPoolId);
        });
    }
}
