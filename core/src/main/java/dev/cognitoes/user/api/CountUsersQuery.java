package dev.cognitoes.user.api;

import dev.cognitoes.shared.CognitoQuery;
import java.util.Objects;

/**
 * How many users a pool has, whatever their status: what DescribeUserPool reports as
 * {@code EstimatedNumberOfUsers}. Answers a {@link Long}.
 *
 * <p>Refused with ResourceNotFoundException when the pool does not exist or was deleted.
 */
public record CountUsersQuery(String userPoolId) implements CognitoQuery<Long> {
    public CountUsersQuery {
        Objects.requireNonNull(userPoolId, "userPoolId");
    }
}
