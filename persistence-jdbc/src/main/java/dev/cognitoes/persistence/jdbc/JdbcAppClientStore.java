package dev.cognitoes.persistence.jdbc;

import dev.cognitoes.spi.AppClientStore;
import dev.cognitoes.spi.StoredAppClient;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * App clients in table {@code cognito_app_client}: the stored client (secret still sealed) as JSON with its digest,
 * keyed by client id and indexed by pool. Lookups by id go through {@link DigestedViews}: every request a client
 * makes reads it.
 */
final class JdbcAppClientStore implements AppClientStore {

    private static final Sql.Row<StoredAppClient> CLIENT =
            row -> Sql.fromJson(row.getString(1), StoredAppClient.class);

    private final Sql sql;
    private final String upsert;
    private final DigestedViews<StoredAppClient> views;

    JdbcAppClientStore(Sql sql, JdbcDialect dialect) {
        this.sql = sql;
        this.upsert = dialect.upsert("cognito_app_client", List.of("client_id"),
                List.of("user_pool_id", "client_json", "view_digest"));
        this.views = new DigestedViews<>(sql, StoredAppClient.class, "cognito_app_client", "client_id",
                "client_json");
    }

    @Override
    public void save(StoredAppClient client) {
        String json = Sql.toJson(client);
        sql.update("save app client " + client.clientId(), upsert, client.clientId(), client.userPoolId(), json,
                DigestedViews.digest(json));
    }

    @Override
    public Optional<StoredAppClient> find(String clientId) {
        return views.find("find app client " + clientId, clientId);
    }

    @Override
    public List<StoredAppClient> listAfter(String userPoolId, String afterClientId, int limit) {
        Objects.requireNonNull(userPoolId, "userPoolId");
        if (afterClientId == null) {
            return sql.query("list app clients of " + userPoolId, "SELECT client_json FROM cognito_app_client"
                    + " WHERE user_pool_id = ? ORDER BY client_id LIMIT ?", CLIENT, userPoolId, limit);
        }
        return sql.query("list app clients of " + userPoolId, "SELECT client_json FROM cognito_app_client"
                + " WHERE user_pool_id = ? AND client_id > ? ORDER BY client_id LIMIT ?", CLIENT, userPoolId,
                afterClientId, limit);
    }

    @Override
    public void delete(String clientId) {
        sql.update("delete app client " + clientId, "DELETE FROM cognito_app_client WHERE client_id = ?", clientId);
        views.forget(clientId);
    }

    @Override
    public void deleteAllOf(String userPoolId) {
        sql.update("delete the app clients of " + userPoolId, "DELETE FROM cognito_app_client WHERE user_pool_id = ?",
                userPoolId);
    }
}
