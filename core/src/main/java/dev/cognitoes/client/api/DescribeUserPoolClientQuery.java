package dev.cognitoes.client.api;

import dev.cognitoes.shared.CognitoQuery;
import java.util.Objects;

/**
 * One app client of a pool, secret included, as Cognito's {@code DescribeUserPoolClient}.
 *
 * <p>Refused with ResourceNotFoundException when the pool or the client (in that pool) does not exist.
 */
public record DescribeUserPoolClientQuery(String userPoolId, String clientId) implements CognitoQuery<AppClientView> {
    public DescribeUserPoolClientQuery {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(clientId, "clientId");
    }
}
