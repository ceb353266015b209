package dev.cognitoes.persistence.jdbc;

import dev.cognitoes.spi.UserStore;
import dev.cognitoes.user.api.NameKind;
import dev.cognitoes.user.api.UserView;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Users in table {@code cognito_user} (the view as JSON, keyed by pool and {@code sub}) and their names in
 * {@code cognito_user_name} (keyed by normalized name, kind and pool, indexed by {@code sub} and pool). A lookup by
 * name is one statement: the name's {@code sub} first, then the user by its key; written as a join, PostgreSQL could
 * plan it, while the tables are empty, to read the pool's users for each name found. Listing reads the pool's users in {@code sub} order in batches and keeps those the filter
 * accepts, so a page never holds more than a batch in memory.
 */
final class JdbcUserStore implements UserStore {

    static final int LIST_BATCH = 200;

    static final String FIND_BY_SUB = "SELECT view_json FROM cognito_user WHERE user_pool_id = ? AND sub = ?";
    static final String FIND_BY_NAME = "SELECT view_json FROM cognito_user WHERE user_pool_id = ? AND sub ="
            + " (SELECT sub FROM cognito_user_name WHERE user_pool_id = ? AND kind = ? AND normalized_name = ?)";
    static final String NAMES_OF = "SELECT kind, normalized_name FROM cognito_user_name"
            + " WHERE user_pool_id = ? AND sub = ? ORDER BY kind, normalized_name";

    private static final Sql.Row<UserView> USER = row -> Sql.fromJson(row.getString(1), UserView.class);

    private final Sql sql;
    private final String upsertUser;
    private final String upsertName;

    JdbcUserStore(Sql sql, JdbcDialect dialect) {
        this.sql = sql;
        this.upsertUser = dialect.upsert("cognito_user", List.of("user_pool_id", "sub"), List.of("view_json"));
        this.upsertName = dialect.upsert("cognito_user_name", List.of("user_pool_id", "kind", "normalized_name"),
                List.of("sub"));
    }

    @Override
    public void save(UserView user) {
        sql.update("save user " + user.sub(), upsertUser, user.userPoolId(), user.sub(), Sql.toJson(user));
    }

    @Override
    public Optional<UserView> findBySub(String userPoolId, String sub) {
        return sql.queryOne("find user " + sub, FIND_BY_SUB, USER, userPoolId, sub);
    }

    @Override
    public void putName(String userPoolId, NameKind kind, String normalizedName, String sub) {
        sql.update("record a " + kind + " name", upsertName, userPoolId, kind.name(), normalizedName, sub);
    }

    @Override
    public void removeName(String userPoolId, NameKind kind, String normalizedName) {
        sql.update("forget a " + kind + " name", "DELETE FROM cognito_user_name"
                + " WHERE user_pool_id = ? AND kind = ? AND normalized_name = ?", userPoolId, kind.name(),
                normalizedName);
    }

    @Override
    public Optional<UserView> findByName(String userPoolId, NameKind kind, String normalizedName) {
        return sql.queryOne("find a user by " + kind, FIND_BY_NAME, USER, userPoolId, userPoolId, kind.name(),
                normalizedName);
    }

    @Override
    public Map<NameKind, String> namesOf(String userPoolId, String sub) {
        Map<NameKind, String> names = new EnumMap<>(NameKind.class);
        sql.query("list the names of user " + sub, NAMES_OF, row -> Map.entry(NameKind.valueOf(row.getString(1)), row.getString(2)), userPoolId, sub)
                .forEach(name -> names.put(name.getKey(), name.getValue()));
        return names;
    }

    @Override
    public List<UserView> list(String userPoolId, String afterSub, int limit, Predicate<UserView> filter) {
        List<UserView> page = new ArrayList<>();
        String cursor = afterSub;
        while (page.size() < limit) {
            List<UserView> batch = cursor == null
                    ? sql.query("list users of " + userPoolId, "SELECT view_json FROM cognito_user"
                            + " WHERE user_pool_id = ? ORDER BY sub LIMIT ?", USER, userPoolId, LIST_BATCH)
                    : sql.query("list users of " + userPoolId, "SELECT view_json FROM cognito_user"
                            + " WHERE user_pool_id = ? AND sub > ? ORDER BY sub LIMIT ?", USER, userPoolId, cursor,
                            LIST_BATCH);
            for (UserView user : batch) {
                if (page.size() < limit && filter.test(user)) {
                    page.add(user);
                }
            }
            if (batch.size() < LIST_BATCH) {
                break;
            }
            cursor = batch.get(batch.size() - 1).sub();
        }
        return page;
    }

    @Override
    public long count(String userPoolId) {
        return sql.queryOne("count the users of " + userPoolId,
                "SELECT COUNT(*) FROM cognito_user WHERE user_pool_id = ?", row -> row.getLong(1), userPoolId)
                .orElse(0L);
    }

    @Override
    public void delete(String userPoolId, String sub) {
        sql.inTransaction(() -> {
            sql.update("forget the names of user " + sub,
                    "DELETE FROM cognito_user_name WHERE user_pool_id = ? AND sub = ?", userPoolId, sub);
            sql.update("delete user " + sub, "DELETE FROM cognito_user WHERE user_pool_id = ? AND sub = ?",
                    userPoolId, sub);
        });
    }

    @Override
    public void deletePool(String userPoolId) {
        sql.inTransaction(() -> {
            sql.update("forget the names of pool " + userPoolId,
                    "DELETE FROM cognito_user_name WHERE user_pool_id = ?", userPoolId);
            sql.update("delete the users of pool " + userPoolId, "DELETE FROM cognito_user WHERE user_pool_id = ?",
                    userPoolId);
        });
    }
}
