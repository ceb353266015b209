package dev.cognitoes.persistence.jdbc;

import dev.cognitoes.spi.UserPoolStore;
import dev.cognitoes.userpool.api.UserPoolView;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * User pools in table {@code cognito_user_pool}: the view as JSON with its digest, keyed by pool id and indexed by
 * region. Lookups by id go through {@link DigestedViews}: almost every request reads its pool.
 */
final class JdbcUserPoolStore implements UserPoolStore {

    private final Sql sql;
    private final String upsert;
    private final DigestedViews<UserPoolView> views;

    JdbcUserPoolStore(Sql sql, JdbcDialect dialect) {
        this.sql = sql;
        this.upsert = dialect.upsert("cognito_user_pool", List.of("user_pool_id"),
                List.of("region", "view_json", "view_digest"));
        this.views = new DigestedViews<>(sql, UserPoolView.class, "cognito_user_pool", "user_pool_id", "view_json");
    }

    @Override
    public void save(UserPoolView pool) {
        String json = Sql.toJson(pool);
        sql.update("save user pool " + pool.id(), upsert, pool.id(), pool.region(), json,
                DigestedViews.digest(json));
    }

    @Override
    public Optional<UserPoolView> find(String userPoolId) {
        return views.find("find user pool " + userPoolId, userPoolId);
    }

    @Override
    public List<UserPoolView> listAfter(String region, String afterUserPoolId, int limit) {
        Objects.requireNonNull(region, "region");
        Sql.Row<UserPoolView> view = row -> Sql.fromJson(row.getString(1), UserPoolView.class);
        if (afterUserPoolId == null) {
            return sql.query("list user pools of " + region, "SELECT view_json FROM cognito_user_pool"
                    + " WHERE region = ? ORDER BY user_pool_id LIMIT ?", view, region, limit);
        }
        return sql.query("list user pools of " + region, "SELECT view_json FROM cognito_user_pool"
                + " WHERE region = ? AND user_pool_id > ? ORDER BY user_pool_id LIMIT ?", view, region,
                afterUserPoolId, limit);
    }

    @Override
    public void delete(String userPoolId) {
        sql.update("delete user pool " + userPoolId, "DELETE FROM cognito_user_pool WHERE user_pool_id = ?",
                userPoolId);
        views.forget(userPoolId);
    }
}
