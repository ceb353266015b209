package dev.cognitoes.userpool.api;

import dev.cognitoes.shared.CognitoQuery;
import java.util.Objects;

/**
 * The public keys a pool's tokens are signed with, as its {@code .well-known/jwks.json} publishes them.
 *
 * <p>Refused with ResourceNotFoundException {@code User pool <id> does not exist.} for an unknown pool.
 */
public record GetSigningKeysQuery(String userPoolId) implements CognitoQuery<SigningKeySet> {
    public GetSigningKeysQuery {
        Objects.requireNonNull(userPoolId, "userPoolId");
    }
}
