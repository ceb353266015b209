package dev.cognitoes.persistence.jdbc;

import dev.cognitoes.spi.UserPoolStore;
import dev.cognitoes.userpool.api.UserPoolView;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** User pools in table {@code cognito_user_pool}: the view as JSON, keyed by pool id and indexed by region. */
final class JdbcUserPoolStore implements UserPoolStore {

    private final Sql sql;
    private final String upsert;

    JdbcUserPoolStore(Sql sql, JdbcDialect dialect) {
        this.sql = sql;
        this.upsert = dialect.upsert("cognito_user_pool", List.of("user_pool_id"), List.of("region", "view_json"));
    }

    @Override
    public void save(UserPoolView pool) {
        sql.update("save user pool " + pool.id(), upsert, pool.id(), pool.region(), Sql.toJson(pool));
    }

    @Override
    public Optional<UserPoolView> find(String userPoolId) {
        return sql.queryOne("find user pool " + userPoolId,
                "SELECT view_json FROM cognito_user_pool WHERE user_pool_id = ?",
                row -> Sql.fromJson(row.getString(1), UserPoolView.class), userPoolId);
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
    }
}
