package dev.cognitoes.persistence.jdbc;

import dev.cognitoes.spi.UserPoolStore;
import dev.cognitoes.userpool.api.UserPoolView;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * User pools in table {@code cognito_user_pool}: the view as JSON with a digest of it, keyed by pool id and indexed
 * by region.
 *
 * <p>Almost every request reads its pool, and pools seldom change, so the store keeps the views it has read with
 * their digests. {@link #find} still asks the database every time, for the digest and for the JSON only when the
 * digest differs from the one kept: a change or deletion made by any node sharing the database is seen by the
 * next lookup, and an unchanged pool costs a key lookup instead of reading and parsing its view.
 */
final class JdbcUserPoolStore implements UserPoolStore {

    private static final String FIND = "SELECT view_digest, view_json FROM cognito_user_pool WHERE user_pool_id = ?";
    private static final String FIND_IF_CHANGED = "SELECT view_digest,"
            + " CASE WHEN view_digest = ? THEN NULL ELSE view_json END FROM cognito_user_pool WHERE user_pool_id = ?";

    private final Sql sql;
    private final String upsert;
    private final Map<String, Read> read = new ConcurrentHashMap<>();

    /** A view as it was read, with the digest stored beside it; {@code digest} is null for a view saved without. */
    private record Read(Long digest, UserPoolView view) {
    }

    JdbcUserPoolStore(Sql sql, JdbcDialect dialect) {
        this.sql = sql;
        this.upsert = dialect.upsert("cognito_user_pool", List.of("user_pool_id"),
                List.of("region", "view_json", "view_digest"));
    }

    @Override
    public void save(UserPoolView pool) {
        String json = Sql.toJson(pool);
        sql.update("save user pool " + pool.id(), upsert, pool.id(), pool.region(), json, digest(json));
    }

    @Override
    public Optional<UserPoolView> find(String userPoolId) {
        Read known = read.get(userPoolId);
        Optional<Read> current = known == null || known.digest() == null
                ? sql.queryOne("find user pool " + userPoolId, FIND, row -> new Read(digestOf(row),
                        Sql.fromJson(row.getString(2), UserPoolView.class)), userPoolId)
                : sql.queryOne("find user pool " + userPoolId, FIND_IF_CHANGED, row -> {
                    String json = row.getString(2);
                    return json == null ? known : new Read(digestOf(row), Sql.fromJson(json, UserPoolView.class));
                }, known.digest(), userPoolId);
        current.ifPresentOrElse(found -> read.put(userPoolId, found), () -> read.remove(userPoolId));
        return current.map(Read::view);
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
        read.remove(userPoolId);
    }

    /** The first 8 bytes of the SHA-256 of the view's JSON. */
    static long digest(String json) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(hash).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM offers no SHA-256", e);
        }
    }

    private static Long digestOf(ResultSet row) throws SQLException {
        long digest = row.getLong(1);
        return row.wasNull() ? null : digest;
    }
}
