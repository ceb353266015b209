package dev.cognitoes.userpool.api;

import dev.cognitoes.shared.CognitoQuery;
import java.util.Objects;

/**
 * One pool, as Cognito's {@code DescribeUserPool}.
 *
 * <p>Refused with ResourceNotFoundException when the pool does not exist or was deleted.
 */
public record DescribeUserPoolQuery(String userPoolId) implements CognitoQuery<UserPoolView> {
    public DescribeUserPoolQuery {
        Objects.requireNonNull(userPoolId, "userPoolId");
    }
}
