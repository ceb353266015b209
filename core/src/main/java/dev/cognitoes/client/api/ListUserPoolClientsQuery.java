package dev.cognitoes.client.api;

import dev.cognitoes.shared.CognitoQuery;
import java.util.Objects;

/**
 * One page of a pool's app clients, as Cognito's {@code ListUserPoolClients}, in a stable order (by client id).
 *
 * @param maxResults 1 to 60, or {@code null} for 60
 * @param nextToken  the {@code nextToken} of the previous page, or {@code null} for the first page
 */
public record ListUserPoolClientsQuery(String userPoolId, Integer maxResults, String nextToken)
        implements CognitoQuery<AppClientPage> {
    public ListUserPoolClientsQuery {
        Objects.requireNonNull(userPoolId, "userPoolId");
    }
}
