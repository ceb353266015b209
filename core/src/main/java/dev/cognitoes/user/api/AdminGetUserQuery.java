package dev.cognitoes.user.api;

import dev.cognitoes.shared.CognitoQuery;
import java.util.Objects;

/**
 * AdminGetUser: one user, found by username, or by email or phone number where the pool uses them as username or
 * the user has them as verified alias.
 */
public record AdminGetUserQuery(String userPoolId, String username) implements CognitoQuery<UserView> {
    public AdminGetUserQuery {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(username, "username");
    }
}
